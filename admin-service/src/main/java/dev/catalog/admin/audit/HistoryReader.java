package dev.catalog.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the history for the JSON API and the staff pages alike. */
@Singleton
public class HistoryReader {

    public static final Set<String> TYPES = Set.of("product", "category", "brand", "staff_user");
    private static final Argument<Map<String, FieldChange>> CHANGES =
            Argument.mapOf(Argument.STRING, Argument.of(FieldChange.class));

    private final AuditRepository entries;
    private final AuditOriginRepository origins;
    private final JsonMapper json;

    HistoryReader(AuditRepository entries, AuditOriginRepository origins, JsonMapper json) {
        this.entries = entries;
        this.origins = origins;
        this.json = json;
    }

    /** Newest first; a null actor, type or id matches every one. */
    public HistoryPage page(@Nullable String actor, @Nullable String type, @Nullable Long id, int page, int size) {
        return new HistoryPage(described(entries.findNewest(actor, type, id, size, (long) page * size)), page, size);
    }

    public List<String> actors() {
        return entries.findActors();
    }

    /** Entries as history shows them, each with where it came from. */
    List<HistoryEntry> described(List<AuditEntry> found) {
        Map<Long, HistoryEntry.Origin> originOf = found.isEmpty() ? Map.of()
                : origins.findOf(found.stream().map(AuditEntry::id).toList()).stream()
                .collect(Collectors.toMap(AuditOriginRepository.Row::entryId, row ->
                        new HistoryEntry.Origin(ChangeOrigin.Kind.valueOf(row.origin()), row.originId())));
        return found.stream().map(entry -> toEntry(entry, originOf.get(entry.id()))).toList();
    }

    /** An entry as history shows it; {@code origin} null for a plain edit (or where it does not matter). */
    HistoryEntry toEntry(AuditEntry entry, @Nullable HistoryEntry.Origin origin) {
        try {
            return new HistoryEntry(entry.id(), entry.occurredAt(), entry.actor(), entry.action(),
                    entry.objectType(), entry.objectId(), entry.objectLabel(), readChanges(entry), origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, FieldChange> readChanges(AuditEntry entry) throws IOException {
        return json.readValue(entry.changes(), CHANGES);
    }
}

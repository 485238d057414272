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

/** Reads the history for the JSON API and the staff pages alike. */
@Singleton
public class HistoryReader {

    public static final Set<String> TYPES = Set.of("product", "category", "brand", "staff_user");
    private static final Argument<Map<String, FieldChange>> CHANGES =
            Argument.mapOf(Argument.STRING, Argument.of(FieldChange.class));

    private final AuditRepository entries;
    private final JsonMapper json;

    HistoryReader(AuditRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    /** Newest first; a null actor, type or id matches every one. */
    public HistoryPage page(@Nullable String actor, @Nullable String type, @Nullable Long id, int page, int size) {
        List<HistoryEntry> items = entries.findNewest(actor, type, id, size, (long) page * size).stream()
                .map(this::toEntry)
                .toList();
        return new HistoryPage(items, page, size);
    }

    public List<String> actors() {
        return entries.findActors();
    }

    HistoryEntry toEntry(AuditEntry entry) {
        try {
            HistoryEntry.Origin origin = entry.origin() == null ? null
                    : new HistoryEntry.Origin(ChangeOrigin.Kind.valueOf(entry.origin()), entry.originId());
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

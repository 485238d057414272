package dev.catalog.admin.audit;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Any earlier version of an object, worked back from history: start from its fields now (none when it
 * is deleted) and undo each later change, newest first. Working back from the present, rather than
 * forward from its creation, also serves objects created before history existed (the demo catalog),
 * and a field no recorded change touched keeps its present value.
 */
@Singleton
public class PastVersions {

    private final AuditRepository entries;
    private final HistoryReader reader;

    PastVersions(AuditRepository entries, HistoryReader reader) {
        this.entries = entries;
        this.reader = reader;
    }

    /**
     * The object as it was right after {@code entryId}, given its {@code present} fields (empty when it
     * no longer exists).
     */
    public PastVersion after(String objectType, long objectId, long entryId, Map<String, String> present) {
        AuditEntry entry = entries.findById(entryId)
                .filter(found -> found.objectType().equals(objectType) && found.objectId() == objectId)
                .orElseThrow(() -> new EntryNotFoundException(objectType, objectId, entryId));
        if (entry.action() == AuditAction.DELETE) {
            throw new DeletionIsNoVersionException(entryId);
        }
        Map<String, String> fields = new HashMap<>(present);
        for (AuditEntry later : entries.findLater(objectType, objectId, entry.id())) {
            reader.toEntry(later, null).changes().forEach((field, change) -> {
                if (change.from() == null) {
                    fields.remove(field);
                } else {
                    fields.put(field, change.from());
                }
            });
        }
        return new PastVersion(reader.described(List.of(entry)).get(0), Map.copyOf(fields));
    }

    /** A deleted object as it was just before its latest deletion, from that deletion's entry. */
    public PastVersion beforeDeletion(String objectType, long objectId) {
        HistoryEntry deletion = entries.findNewestOf(objectType, objectId).map(entry -> reader.toEntry(entry, null))
                .filter(HistoryEntry::isDeletion)
                .orElseThrow(() -> new NoDeletionException(objectType, objectId));
        Map<String, String> fields = new HashMap<>();
        deletion.changes().forEach((field, change) -> {
            if (change.from() != null) {
                fields.put(field, change.from());
            }
        });
        return new PastVersion(deletion, Map.copyOf(fields));
    }

    static final class EntryNotFoundException extends ProblemException {

        EntryNotFoundException(String objectType, long objectId, long entryId) {
            super(HttpStatus.NOT_FOUND, "history.entry-not-found", "Not found",
                    "History entry " + entryId + " is not a change to " + objectType + " " + objectId + ".");
        }
    }

    static final class DeletionIsNoVersionException extends ProblemException {

        DeletionIsNoVersionException(long entryId) {
            super(HttpStatus.CONFLICT, "history.deletion-is-no-version", "Not a version",
                    "History entry " + entryId + " is a deletion; choose the version before it, or restore the object.");
        }
    }

    static final class NoDeletionException extends ProblemException {

        NoDeletionException(String objectType, long objectId) {
            super(HttpStatus.NOT_FOUND, "history.no-deletion", "Nothing to restore",
                    "History records no deletion of " + objectType + " " + objectId + " to restore it from.");
        }
    }
}

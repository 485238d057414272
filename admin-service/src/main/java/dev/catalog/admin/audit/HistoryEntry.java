package dev.catalog.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

/**
 * One change as staff see it in history: who did what to which object, when, field by field, and where
 * it came from when it was not a plain edit. Its {@code id} names the version it made, to revert to.
 */
@Serdeable
public record HistoryEntry(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String objectType,
        long objectId,
        String objectLabel,
        Map<String, FieldChange> changes,
        @Nullable
        @Schema(description = "A revert (to the version of history entry `id`), a restore (from the deletion "
                + "recorded as entry `id`) or a scheduled change (schedule `id`); absent for a plain edit.",
                nullable = true, type = "object")
        Origin origin) {

    /** Where a change came from; {@code id} is a history entry's (REVERT, RESTORE) or a schedule's. */
    @Serdeable
    public record Origin(ChangeOrigin.Kind kind, long id) {
    }

    public boolean isDeletion() {
        return action == AuditAction.DELETE;
    }
}

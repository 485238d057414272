package dev.catalog.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Where a recorded change came from when it was not a plain edit: a revert or a restore (its {@code id}
 * is the history entry gone back to) or a scheduled change (the schedule's id, run on behalf of the
 * staff member who scheduled it).
 */
@Serdeable
public record ChangeOrigin(Kind kind, long id, @Nullable String onBehalfOf) {

    public enum Kind { REVERT, RESTORE, SCHEDULE, IMPORT }

    public static ChangeOrigin revertTo(long entryId) {
        return new ChangeOrigin(Kind.REVERT, entryId, null);
    }

    public static ChangeOrigin restoreFrom(long deletionEntryId) {
        return new ChangeOrigin(Kind.RESTORE, deletionEntryId, null);
    }

    public static ChangeOrigin schedule(long scheduleId, String scheduledBy) {
        return new ChangeOrigin(Kind.SCHEDULE, scheduleId, scheduledBy);
    }
}

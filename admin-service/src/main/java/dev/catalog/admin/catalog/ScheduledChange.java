package dev.catalog.admin.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A status change waiting for its time; {@code failure} says why the catalog refused it when it came due. */
@MappedEntity("scheduled_change")
record ScheduledChange(
        @Id @GeneratedValue @Nullable Long id,
        long productId,
        ScheduledAction action,
        Instant runAt,
        String scheduledBy,
        @DateCreated @Nullable Instant createdAt,
        @Nullable String failure) {

    static ScheduledChange of(long productId, ScheduledAction action, Instant runAt, String scheduledBy) {
        return new ScheduledChange(null, productId, action, runAt, scheduledBy, null, null);
    }
}

package dev.catalog.admin.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A scheduled change as staff see it: with its product's sku and name. */
@Introspected
@Serdeable
record ScheduledChangeView(
        long id,
        long productId,
        String sku,
        String productName,
        ScheduledAction action,
        @Schema(description = "When it happens (within a few seconds).") Instant runAt,
        @Schema(description = "Who scheduled it; the history records the change as theirs.") String scheduledBy,
        Instant createdAt,
        @Nullable @Schema(description = "Why the catalog refused it when it came due; absent while it waits.")
        String failure) {
}

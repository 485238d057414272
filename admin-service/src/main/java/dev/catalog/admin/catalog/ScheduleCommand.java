package dev.catalog.admin.catalog;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Publish or archive these products at {@code runAt}. */
@Serdeable
record ScheduleCommand(
        @NotEmpty @Size(max = ScheduleCommand.MAX_PRODUCTS) @Schema(description = "The products, by id.")
        List<Long> productIds,
        @NotNull ScheduledAction action,
        @NotNull @Schema(description = "When, with its offset (`2026-12-24T00:00:00Z`); in the future.")
        Instant runAt) {

    static final int MAX_PRODUCTS = 10_000;
}

package dev.catalog.admin.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Which version to bring back, and (unless If-Match says it) which version of the object now it replaces. */
@Serdeable
record RevertCommand(
        @NotNull @Schema(description = "The history entry whose version comes back.") Long entryId,
        @Nullable @Schema(description = "The object's current version, if not in If-Match.") Long version) {
}

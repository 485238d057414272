package dev.catalog.admin.staff;

import dev.catalog.admin.roles.StaffRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** What the admin API's staff operations take. */
final class StaffCommands {

    private StaffCommands() {
    }

    @Serdeable
    record Create(
            @NotBlank @Schema(description = "3 to 64 lower-case letters, digits, dots, dashes or underscores.") String username,
            @NotNull StaffRole role,
            @NotBlank @Schema(description = "Checked against the password policy (length, breached and common passwords).")
            String password) {
    }

    @Serdeable
    record Update(@NotNull StaffRole role, @NotNull Boolean active,
                  @Nullable @Schema(description = "The version edited, if not in If-Match.") Long version) {
    }

    @Serdeable
    record PasswordReset(@NotBlank String password) {
    }
}

package dev.catalog.admin.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A new password, typed twice; {@code current} only when changing one's own. */
@Serdeable
public record PasswordForm(@Nullable String current, @Nullable String password, @Nullable String confirmation) {

    String passwordOrEmpty() {
        return password == null ? "" : password;
    }

    boolean confirmed() {
        return passwordOrEmpty().equals(confirmation == null ? "" : confirmation);
    }
}

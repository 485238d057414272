package dev.catalog.admin.staff;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** The first administrator, from ADMIN_USERNAME and ADMIN_PASSWORD; used only while no staff user exists. */
@ConfigurationProperties("catalog.bootstrap")
record BootstrapConfiguration(@Nullable String adminUsername, @Nullable String adminPassword) {

    boolean isComplete() {
        return adminUsername != null && !adminUsername.isBlank() && adminPassword != null && !adminPassword.isBlank();
    }
}

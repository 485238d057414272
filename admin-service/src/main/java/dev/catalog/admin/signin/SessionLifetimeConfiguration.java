package dev.catalog.admin.signin;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/** The absolute lifetime of a staff session (ADMIN_SESSION_MAX_LIFETIME), besides the idle timeout. */
@ConfigurationProperties("catalog.session")
public record SessionLifetimeConfiguration(@NotNull Duration maxLifetime) {
}

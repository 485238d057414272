package dev.catalog.publicapi.changes;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * The listening connection: how soon to reconnect after losing it (doubling up to the maximum), and how
 * often to check that a quiet connection is still alive.
 */
@ConfigurationProperties("catalog.changes")
record ChangeListenerConfiguration(
        @NotNull Duration firstReconnectDelay,
        @NotNull Duration maxReconnectDelay,
        @NotNull Duration keepAliveInterval) {
}

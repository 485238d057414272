package dev.catalog.publicapi.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/**
 * Requests each client address may make: {@code perSecond} on average, in bursts of up to {@code burst}.
 * Off for load tests run from one machine (PUBLIC_RATE_LIMIT_ENABLED=false).
 */
@ConfigurationProperties("catalog.rate-limit")
record RateLimitConfiguration(boolean enabled, @Min(1) long perSecond, @Min(1) long burst) {
}

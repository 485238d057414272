package dev.catalog.admin.signin;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/** After {@code maxFailures} failed sign-ins within {@code window}, a username is locked until they age out. */
@ConfigurationProperties("catalog.login-throttle")
public record LoginThrottleConfiguration(
        @Bindable(defaultValue = "5") @Min(1) int maxFailures,
        @Bindable(defaultValue = "PT15M") @NotNull Duration window) {
}

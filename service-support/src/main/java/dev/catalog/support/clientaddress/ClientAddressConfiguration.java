package dev.catalog.support.clientaddress;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;

/**
 * Who may tell us a client's address. {@code trustedProxies}: CIDR ranges (TRUSTED_PROXIES, comma
 * separated, default none) whose forwarded header is believed; {@code header}: the one header those
 * proxies write, {@code X-Forwarded-For} or {@code Forwarded} (TRUSTED_PROXY_HEADER). Only one is read,
 * because a proxy passes on whatever other header a client made up.
 */
@ConfigurationProperties("catalog.client-address")
public record ClientAddressConfiguration(@Bindable(defaultValue = "") List<String> trustedProxies,
                                         @Bindable(defaultValue = "X-Forwarded-For") String header) {
}

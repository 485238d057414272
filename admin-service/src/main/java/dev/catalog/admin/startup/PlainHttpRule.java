package dev.catalog.admin.startup;

import dev.catalog.support.deploy.DeployFinding;
import dev.catalog.support.deploy.DeployRule;
import io.micronaut.core.value.PropertyResolver;

import java.util.List;

/**
 * Staff session cookies are Secure, and HSTS is sent, on requests that came over TLS: to this process,
 * or to a trusted proxy that says so (X-Forwarded-Proto). With neither TLS nor a trusted proxy, never.
 */
public final class PlainHttpRule implements DeployRule {

    @Override
    public List<DeployFinding> check(PropertyResolver settings) {
        boolean tls = settings.getProperty("micronaut.server.ssl.enabled", Boolean.class, false);
        List<?> proxies = settings.getProperty("catalog.client-address.trusted-proxies", List.class, List.of());
        if (tls || proxies.stream().anyMatch(proxy -> !proxy.toString().isBlank())) {
            return List.of();
        }
        return List.of(DeployFinding.warning("admin-service serves plain HTTP and trusts no proxy: staff session "
                + "cookies are never Secure and no HSTS header is sent; behind a proxy that ends TLS, set "
                + "TRUSTED_PROXIES so its X-Forwarded-Proto is believed"));
    }
}

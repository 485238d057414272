package dev.catalog.admin.startup;

import dev.catalog.support.deploy.DeployFinding;
import dev.catalog.support.deploy.DeployRule;
import io.micronaut.core.value.PropertyResolver;

import java.util.List;

/**
 * Staff session cookies are marked Secure only on a request that came over TLS to this process; behind
 * a proxy that ends TLS they are not (X-Forwarded-Proto is not believed yet), nor is HSTS sent.
 */
public final class PlainHttpRule implements DeployRule {

    @Override
    public List<DeployFinding> check(PropertyResolver settings) {
        if (settings.getProperty("micronaut.server.ssl.enabled", Boolean.class, false)) {
            return List.of();
        }
        return List.of(DeployFinding.warning("admin-service serves plain HTTP: behind a proxy that ends TLS, "
                + "staff session cookies are not marked Secure and no HSTS header is sent; keep the proxy "
                + "redirecting http to https and staff on https only"));
    }
}

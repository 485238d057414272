package dev.catalog.publicapi.catalog;

import dev.catalog.support.deploy.DeployFinding;
import dev.catalog.support.deploy.DeployRule;
import io.micronaut.core.value.PropertyResolver;

import java.util.List;
import java.util.Set;

/**
 * Page cursors are signed with PUBLIC_CURSOR_SECRET: a secret anyone can read in this repository lets
 * anyone forge cursors, so the development and compose demo values are refused in production.
 */
public final class CursorSecretRule implements DeployRule {

    /** application.yml's default, docker-compose.yml's demo fallback and the Kubernetes placeholder. */
    static final Set<String> PUBLISHED_SECRETS = Set.of("change-me-in-production-cursor-secret",
            "change-me-demo-cursor-secret", "change-me-before-deploying-a-long-random-cursor-secret");
    private static final int RECOMMENDED_LENGTH = 32;

    @Override
    public List<DeployFinding> check(PropertyResolver settings) {
        String secret = settings.getProperty("catalog.cursor.secret", String.class, "");
        if (PUBLISHED_SECRETS.contains(secret)) {
            return List.of(DeployFinding.error("PUBLIC_CURSOR_SECRET is a development value published with the "
                    + "code: set a random secret of your own, the same on every replica"));
        }
        if (secret.length() < RECOMMENDED_LENGTH) {
            return List.of(DeployFinding.warning("PUBLIC_CURSOR_SECRET has " + secret.length()
                    + " characters; use at least " + RECOMMENDED_LENGTH + " random ones"));
        }
        return List.of();
    }
}

package dev.catalog.admin.staff;

import dev.catalog.support.deploy.DeployFinding;
import dev.catalog.support.deploy.DeployRule;
import io.micronaut.core.value.PropertyResolver;

import java.util.List;
import java.util.Set;

/** The first administrator's password (ADMIN_PASSWORD) must not be one published here, nor weak. */
public final class BootstrapPasswordRule implements DeployRule {

    /** docker-compose.yml's fallback for a first try, and the Kubernetes secret's placeholder. */
    static final Set<String> PUBLISHED_PASSWORDS = Set.of("change-me-please", "change-me-before-deploying");

    @Override
    public List<DeployFinding> check(PropertyResolver settings) {
        String username = settings.getProperty("catalog.bootstrap.admin-username", String.class, "");
        String password = settings.getProperty("catalog.bootstrap.admin-password", String.class, "");
        if (password.isEmpty()) {
            return List.of();
        }
        if (PUBLISHED_PASSWORDS.contains(password)) {
            return List.of(DeployFinding.error("ADMIN_PASSWORD is '" + password + "', published with the code "
                    + "(compose demo or Kubernetes placeholder): set a strong one of your own"));
        }
        return new PasswordPolicy().problemWith(password, username)
                .map(problem -> List.of(DeployFinding.error("ADMIN_PASSWORD " + problem)))
                .orElse(List.of());
    }
}

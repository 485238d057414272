package dev.catalog.support.deploy;

import io.micronaut.context.env.DefaultEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.core.value.PropertyResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Like Django's {@code manage.py check --deploy}: a service's rules over its settings. With
 * {@code CATALOG_ENV=production} a service refuses to start while any rule finds an error; the command
 * {@code java -jar <service>.jar check-deploy} prints the findings of the settings it would start with.
 */
public final class DeployCheck {

    /** The argument that runs the check alone. */
    public static final String COMMAND = "check-deploy";
    static final String ENVIRONMENT = "catalog.env";

    private final List<DeployRule> rules;

    public DeployCheck(List<DeployRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<DeployFinding> findings(PropertyResolver settings) {
        List<DeployFinding> findings = new ArrayList<>();
        for (DeployRule rule : rules) {
            findings.addAll(rule.check(settings));
        }
        return findings;
    }

    /** Whether these settings name a production deployment, where an error stops the start. */
    public static boolean isProduction(PropertyResolver settings) {
        return settings.getProperty(ENVIRONMENT, String.class, "development").strip().toLowerCase(Locale.ROOT)
                .equals("production");
    }

    /**
     * Checks the settings this process would start with (application.yml, environment variables, -D):
     * in production, errors refuse the start. Answers the findings to print.
     */
    public Verdict atStart() {
        try (Environment settings = new DefaultEnvironment(List::of).start()) {
            List<DeployFinding> findings = findings(settings);
            boolean production = isProduction(settings);
            return new Verdict(findings, production, production && findings.stream().anyMatch(DeployFinding::isError));
        }
    }

    /** What the check found, whether this is a production start, and whether the service must not start. */
    public record Verdict(List<DeployFinding> findings, boolean production, boolean refused) {
    }
}

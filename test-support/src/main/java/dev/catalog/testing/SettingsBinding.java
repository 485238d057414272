package dev.catalog.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;

import java.util.Map;
import java.util.function.Function;

/**
 * Starts a service's context (no HTTP server) with settings given the way a deployment gives them: by
 * environment variable name, as compose and Kubernetes set them, or by key. A binding test then reads
 * the settings record it cares about, or the reason the service refused to start.
 */
public final class SettingsBinding {

    private final Map<String, String> base;

    private SettingsBinding(Map<String, String> base) {
        this.base = base;
    }

    /** {@code base}: what the service needs to start at all (its test database). */
    public static SettingsBinding over(Map<String, String> base) {
        return new SettingsBinding(base);
    }

    /** Reads {@code what} from the service's context started with {@code settings}. */
    public <T> T read(Map<String, Object> settings, Function<ApplicationContext, T> what) {
        try (ApplicationContext context = context(settings).start()) {
            return what.apply(context);
        }
    }

    /** The message of the failure that stops the service starting with {@code settings}, causes included. */
    public String refusal(Map<String, Object> settings, Class<?> readFirst) {
        try (ApplicationContext context = context(settings).start()) {
            context.getBean(readFirst);
        } catch (RuntimeException refused) {
            StringBuilder messages = new StringBuilder();
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                messages.append(cause.getMessage()).append('\n');
            }
            return messages.toString();
        }
        throw new AssertionError("the service started with " + settings);
    }

    private io.micronaut.context.ApplicationContextBuilder context(Map<String, Object> settings) {
        // Above the test's own properties, like a variable the deployment sets.
        return ApplicationContext.builder()
                .properties(Map.copyOf(base))
                .propertySources(PropertySource.of("deployment", settings, Integer.MAX_VALUE));
    }
}

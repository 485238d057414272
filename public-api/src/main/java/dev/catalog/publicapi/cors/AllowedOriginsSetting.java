package dev.catalog.publicapi.cors;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration.CorsConfiguration;
import io.micronaut.http.server.cors.CorsOriginConfiguration;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Reads {@code PUBLIC_CORS_ORIGINS} as people write it. Micronaut's CORS filter compares each configured
 * entry with the Origin header exactly, and treats only its own unset default as "any": so {@code *} (the
 * default) is made that default, and entries lose surrounding spaces and a trailing slash
 * ({@code https://a.example, https://b.example/}), which no browser's Origin carries.
 */
@Singleton
class AllowedOriginsSetting implements BeanCreatedEventListener<CorsConfiguration> {

    static final String ANY = "*";

    @Override
    public CorsConfiguration onCreated(BeanCreatedEvent<CorsConfiguration> event) {
        CorsConfiguration cors = event.getBean();
        for (CorsOriginConfiguration origins : cors.getConfigurations().values()) {
            List<String> listed = origins.getAllowedOrigins().stream()
                    .map(AllowedOriginsSetting::normalized)
                    .filter(origin -> !origin.isEmpty())
                    .toList();
            origins.setAllowedOrigins(listed.equals(List.of(ANY)) ? CorsOriginConfiguration.ANY : listed);
        }
        return cors;
    }

    private static String normalized(String origin) {
        String trimmed = origin.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}

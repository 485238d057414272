package dev.catalog.publicapi.cors;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration.CorsConfiguration;
import io.micronaut.http.server.cors.CorsOriginConfiguration;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Lets {@code PUBLIC_CORS_ORIGINS=*} (the default) mean any origin. Micronaut's CORS filter treats only
 * its own unset default as "any" and compares a configured list entry by entry, so an explicit {@code *}
 * would match no origin at all.
 */
@Singleton
class AnyOriginSetting implements BeanCreatedEventListener<CorsConfiguration> {

    static final String ANY = "*";

    @Override
    public CorsConfiguration onCreated(BeanCreatedEvent<CorsConfiguration> event) {
        CorsConfiguration cors = event.getBean();
        for (CorsOriginConfiguration origins : cors.getConfigurations().values()) {
            if (List.of(ANY).equals(origins.getAllowedOrigins())) {
                origins.setAllowedOrigins(CorsOriginConfiguration.ANY);
            }
        }
        return cors;
    }
}

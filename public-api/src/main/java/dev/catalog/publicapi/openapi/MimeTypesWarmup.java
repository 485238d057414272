package dev.catalog.publicapi.openapi;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Loads Micronaut's table of file extensions to media types at start, on the main thread. It is read
 * from the classpath on first use, and the first use is the first request for the OpenAPI document or
 * Swagger UI: a file read on an event loop (BlockHound caught it).
 */
@Singleton
class MimeTypesWarmup {

    @EventListener
    void onStartup(StartupEvent event) {
        MediaType.forFilename("public-api.yml");
    }
}

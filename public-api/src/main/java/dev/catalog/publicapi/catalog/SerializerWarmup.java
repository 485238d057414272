package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.BrandRef;
import dev.catalog.model.catalog.CategoryRef;
import dev.catalog.model.catalog.CategoryView;
import dev.catalog.model.catalog.ProductView;
import dev.catalog.support.problem.Problem;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Serializes one of every response type at start, on the main thread. Micronaut Serde builds a type's
 * serializer on first use behind a lock; left to the first requests, a burst of them would wait on
 * that lock on the event loops (BlockHound caught it with a thousand concurrent clients).
 */
@Singleton
class SerializerWarmup {

    private final JsonMapper json;

    SerializerWarmup(JsonMapper json) {
        this.json = json;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        ProductView product = new ProductView(1, "WARM-UP", "Warm-up", null, "0.00", "EUR", 0,
                new CategoryRef("warm-up", "Warm-up"), new BrandRef("warm-up", "Warm-up"), Instant.EPOCH);
        CategoryView category = new CategoryView("warm-up", "Warm-up", null, 0);
        serialize(new ProductPage(List.of(product), null));
        serialize(new CategoryList(List.of(category)));
        serialize(category);
        serialize(Problem.of(400, "warm-up", "Warm-up", null, null, List.of(new Problem.InvalidParam("a", "b"))));
    }

    private void serialize(Object value) {
        try {
            json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }
}

package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.reads.ReadConfiguration;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Published products by id, with concurrent lookups coalesced into one query ({@code id = ANY($1)}),
 * the way a DataLoader does. There is no waiting to fill a batch: a lookup runs at once while fewer
 * than {@code catalog.reads.lookup-queries} queries are running; only while they all are do new lookups queue,
 * and the next free query takes up to {@link #MAX_BATCH} of them. Each answer still comes from a query
 * started after its request arrived, so nothing is staler than a lone query would give.
 */
@Singleton
class ProductsById {

    static final int MAX_BATCH = 128;

    private final PublishedProductQueries queries;
    private final int maxRunning;
    private final Queue<Lookup> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger running = new AtomicInteger();

    ProductsById(PublishedProductQueries queries, ReadConfiguration configuration) {
        this.queries = queries;
        this.maxRunning = configuration.lookupQueries();
    }

    Mono<PublishedProduct> find(long id) {
        return Mono.create(sink -> {
            waiting.add(new Lookup(id, sink));
            drain();
        });
    }

    // Lock-free: it runs on event loops, where nothing may block.
    private void drain() {
        while (!waiting.isEmpty()) {
            int now = running.get();
            if (now >= maxRunning) {
                return;
            }
            if (running.compareAndSet(now, now + 1)) {
                List<Lookup> batch = takeBatch();
                if (batch.isEmpty()) {
                    running.decrementAndGet();
                } else {
                    run(batch);
                }
            }
        }
    }

    private List<Lookup> takeBatch() {
        List<Lookup> batch = new ArrayList<>();
        Lookup next;
        while (batch.size() < MAX_BATCH && (next = waiting.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private void run(List<Lookup> batch) {
        List<Long> ids = batch.stream().map(Lookup::id).distinct().toList();
        queries.byIds(ids).collectMap(PublishedProduct::id)
                .doFinally(signal -> {
                    running.decrementAndGet();
                    drain();
                })
                .subscribe(found -> answer(batch, found), failure -> fail(batch, failure));
    }

    private static void answer(List<Lookup> batch, Map<Long, PublishedProduct> found) {
        batch.forEach(lookup -> lookup.sink().success(found.get(lookup.id())));
    }

    private static void fail(List<Lookup> batch, Throwable failure) {
        batch.forEach(lookup -> lookup.sink().error(failure));
    }

    private record Lookup(long id, MonoSink<PublishedProduct> sink) {
    }
}

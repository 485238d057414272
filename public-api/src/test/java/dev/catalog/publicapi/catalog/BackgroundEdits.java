package dev.catalog.publicapi.catalog;

import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Edits catalog rows through plain SQL on a thread of its own, as admin-service or psql would while clients
 * page through the public list. Each round commits four edits: a stock change and a description change of
 * products that {@code stayListed}, and a publish-or-unpublish of one product of each {@code flickering} list.
 * Stock stays above zero and prices never change, so a product that stays listed keeps its place in
 * any filter on stock and any order by price.
 */
final class BackgroundEdits implements AutoCloseable {

    private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(10);

    private final List<ProductRow> stayListed;
    private final List<List<ProductRow>> flickering;
    private final Random random;
    private final AtomicLong rounds = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean stopped;

    private BackgroundEdits(List<ProductRow> stayListed, List<List<ProductRow>> flickering, long seed) {
        this.stayListed = stayListed;
        this.flickering = flickering;
        this.random = new Random(seed);
        this.thread = new Thread(this::editUntilStopped, "background-edits");
    }

    static BackgroundEdits start(List<ProductRow> stayListed, List<List<ProductRow>> flickering, long seed) {
        BackgroundEdits edits = new BackgroundEdits(stayListed, flickering, seed);
        edits.thread.setDaemon(true);
        edits.thread.start();
        return edits;
    }

    /** Returns once at least one more round of edits has committed, so every page sees a changed catalog. */
    void awaitAnotherRound() {
        long target = rounds.get() + 1;
        long deadline = System.nanoTime() + ROUND_TIMEOUT.toNanos();
        while (rounds.get() < target) {
            if (failure.get() != null || System.nanoTime() > deadline) {
                throw new AssertionError("The background edits stopped after " + rounds.get() + " rounds",
                        failure.get());
            }
            Thread.onSpinWait();
        }
    }

    long rounds() {
        return rounds.get();
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join(ROUND_TIMEOUT.toMillis());
        if (failure.get() != null) {
            throw new AssertionError("The background edits failed", failure.get());
        }
    }

    private void editUntilStopped() {
        try (Connection connection = CatalogFixtures.connect()) {
            while (!stopped) {
                editOnce(connection);
                rounds.incrementAndGet();
            }
        } catch (SQLException | RuntimeException e) {
            failure.set(e);
        }
    }

    private void editOnce(Connection connection) throws SQLException {
        update(connection, "UPDATE product SET stock = ? WHERE id = ?", 1 + random.nextInt(500), pick(stayListed));
        update(connection, "UPDATE product SET description = ? WHERE id = ?", "Revision " + rounds.get(),
                pick(stayListed));
        for (List<ProductRow> products : flickering) {
            update(connection, """
                    UPDATE product
                    SET status = CASE status WHEN 'PUBLISHED' THEN 'DRAFT' ELSE 'PUBLISHED' END,
                        published_at = coalesce(published_at, now())
                    WHERE id = ?""", pick(products));
        }
    }

    private long pick(List<ProductRow> products) {
        return products.get(random.nextInt(products.size())).id();
    }

    // Autocommit: each edit is its own transaction, announced to the API's cache as it commits.
    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}

package dev.catalog.system;

import dev.catalog.testing.ApiClient;
import dev.catalog.testing.ThrowawayPostgres;
import dev.catalog.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * public-api reading from a streaming standby (a primary and a `pg_basebackup -R` standby of the test's
 * own): edits are served as fast as without it and never go back to an older value; a standby whose
 * replay is paused or that is stopped costs no failed read, and takes reads again once it is well.
 * A second public-api without the standby reads the same primary, so propagation is compared in one run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaIT {

    // a steady read load, not a saturating one: on 2 cores it would starve admin-service's edits
    private static final Duration STEADY = Duration.ofMillis(2);
    private static final Pattern PROBE = Pattern.compile("Replica probe (\\d+)");

    private static ThrowawayPostgres primary;
    private static ThrowawayPostgres standby;
    private static ThePair pair;
    private static ServiceProcess primaryOnly;
    private static String standbyTarget;
    private static Staff staff;
    private static long categoryId;

    @BeforeAll
    static void startPrimaryStandbyAndServices() throws Exception {
        primary = ThrowawayPostgres.create();
        standby = primary.streamingStandby();
        standbyTarget = "127.0.0.1:" + standby.database().port();
        pair = new ThePair(primary.database(), Map.of(
                "DB_READ_HOST", "127.0.0.1", "DB_READ_PORT", Integer.toString(standby.database().port())));
        primaryOnly = pair.separatePublicApi().start();
        staff = new Staff(pair.admin.url());
        categoryId = staff.createCategory();
        await(ReadReplicaIT::standbyServes, Duration.ofSeconds(10), "the standby takes reads");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (primaryOnly != null) {
            primaryOnly.close();
        }
        if (pair != null) {
            pair.close();
        }
        if (standby != null) {
            standby.close();
        }
        if (primary != null) {
            primary.close();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void editsShowAsFastAsWithoutAStandbyAndNeverGoBack() throws Exception {
        long id = publishedProbe();
        double standbyReadsBefore = standbyReads();
        long maxReplayLagMs = 0;
        try (Readers readers = new Readers(mixedReads(pair.publicApi.url()), 2, STEADY);
             Readers alike = new Readers(mixedReads(primaryOnly.url()), 2, STEADY);
             Watcher viaStandby = new Watcher(pair.publicApi.url(), id);
             Watcher viaPrimary = new Watcher(primaryOnly.url(), id)) {
            for (int n = 1; n <= 200; n++) {
                staff.edit(id, "Replica probe " + n, "PUBLISHED");
                long saved = System.nanoTime();
                int edit = n;
                await(() -> viaStandby.saw(edit) && viaPrimary.saw(edit), Duration.ofSeconds(5), "edit " + n + " served");
                viaStandby.lagSince(edit, saved);
                viaPrimary.lagSince(edit, saved);
                if (n % 10 == 0) {
                    maxReplayLagMs = Math.max(maxReplayLagMs, replayLagMs());
                }
            }
            assertThat(readers.failures.get() + alike.failures.get()).as("failed reads of the background load").isZero();
            assertThat(viaStandby.regressions).as("reads older than one already served (with the standby)").isEmpty();
            assertThat(viaPrimary.regressions).as("reads older than one already served (primary only)").isEmpty();
            long withStandby = viaStandby.p99();
            System.out.printf("propagation over 200 edits, 2 steady readers on each public-api: with a standby p50 %d ms, p99 %d ms, max %d ms; "
                            + "primary only p50 %d ms, p99 %d ms, max %d ms; standby replay lag max %d ms%n",
                    viaStandby.percentile(50), withStandby, viaStandby.percentile(100),
                    viaPrimary.percentile(50), viaPrimary.p99(), viaPrimary.percentile(100), maxReplayLagMs);
            System.out.printf("notification to eviction, mean: with a standby %.2f ms (its WAL position read first), "
                    + "primary only %.2f ms; p99 at most: %s and %s s%n", meanEvictionLagMs(pair.publicApi),
                    meanEvictionLagMs(primaryOnly), evictionLagP99Bucket(pair.publicApi), evictionLagP99Bucket(primaryOnly));
            assertThat(withStandby).as("p99 of admin answer -> public-api serves the edit, with a standby, ms")
                    .isLessThanOrEqualTo(100 + maxReplayLagMs);
        }
        assertThat(standbyReads()).as("reads the standby answered").isGreaterThan(standbyReadsBefore);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void pausedReplayNeverCachesAnOldRow() throws Exception {
        long id = publishedProbe();
        double heldBackBefore = Scrape.of(pair.publicApi).value("catalog_reads_held_back_total");
        try (Readers readers = new Readers(mixedReads(pair.publicApi.url()), 2, STEADY);
             Watcher watcher = new Watcher(pair.publicApi.url(), id)) {
            onStandby("SELECT pg_wal_replay_pause()");
            try {
                for (int n = 1; n <= 20; n++) {
                    staff.edit(id, "Replica probe " + n, "PUBLISHED");
                    int edit = n;
                    await(() -> watcher.saw(edit), Duration.ofSeconds(2), "edit " + n + " served while replay is paused");
                    ServiceProcess.sleep(100);
                }
                await(() -> Scrape.readiness(pair.publicApi).contains("exceeds PUBLIC_MAX_REPLICA_LAG"),
                        Duration.ofSeconds(5), "readiness details name the lag");
                assertThat(Scrape.of(pair.publicApi).value("catalog_replica_serving{standby=\"" + standbyTarget + "\""))
                        .as("a standby behind by more than the maximum lag takes no reads").isZero();
            } finally {
                onStandby("SELECT pg_wal_replay_resume()");
            }
            await(ReadReplicaIT::standbyServes, Duration.ofSeconds(5), "the standby takes reads again");
            assertThat(watcher.regressions).as("reads older than one already served").isEmpty();
            assertThat(readers.failures.get()).as("failed reads").isZero();
        }
        assertThat(Scrape.of(pair.publicApi).value("catalog_reads_held_back_total"))
                .as("reads held back from the standby that had not replayed them").isGreaterThan(heldBackBefore);
        assertThat(ApiClient.at(pair.publicApi.url()).get("/api/v1/products/" + id).body())
                .as("the last edit, once replay resumed").contains("\"Replica probe 20\"");
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void aStoppedStandbyCostsNoReadAndTakesReadsAgainWhenBack() throws Exception {
        long id = publishedProbe();
        AtomicInteger edits = new AtomicInteger();
        // staff keep editing: each edit empties the cached pages, so reads keep reaching the database
        Runnable edit = () -> staff.edit(id, "Replica probe " + edits.incrementAndGet(), "PUBLISHED");
        try (Readers readers = new Readers(mixedReads(pair.publicApi.url()), 4, STEADY)) {
            ServiceProcess.sleep(500);
            standby.stop();
            long stopped = System.nanoTime();
            long answeredBefore = readers.answers.get();
            await(() -> !standbyServes(), Duration.ofSeconds(3), "the stopped standby takes no reads");
            assertThat(Scrape.readiness(pair.publicApi)).as("readiness while the standby is down")
                    .contains("unreachable");
            while (System.nanoTime() - stopped < 10_000_000_000L) {
                edit.run();
                ServiceProcess.sleep(200);
            }
            long answeredWhileDown = readers.answers.get() - answeredBefore;
            standby.start();
            await(ReadReplicaIT::standbyServes, Duration.ofSeconds(10), "the standby takes reads again");
            double standbyReadsBack = standbyReads();
            await(() -> {
                edit.run();
                return standbyReads() > standbyReadsBack;
            }, Duration.ofSeconds(5), "reads reach the standby again");
            assertThat(readers.failures.get()).as("failed reads while the standby was stopped").isZero();
            assertThat(answeredWhileDown).as("reads answered while the standby was down").isPositive();
        }
        assertThat(ApiClient.at(pair.publicApi.url()).get("/api/v1/products/" + id).body())
                .as("the last edit").contains("\"Replica probe " + edits.get() + "\"");
    }

    // A product of its own per test, published and read once (so it is cached).
    private static long publishedProbe() {
        long id = staff.createDraft(categoryId, "Replica probe 0");
        staff.publish(id);
        await(() -> ApiClient.at(pair.publicApi.url()).get("/api/v1/products/" + id).status() == 200,
                Duration.ofSeconds(5), "the probe published");
        return id;
    }

    // Products by id and list pages filtered by a random price: many distinct reads, so many misses.
    private static List<HttpRequest> mixedReads(String publicUrl) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<HttpRequest> reads = new ArrayList<>();
        IntStream.range(0, 2_000).forEach(i -> reads.add(Readers.product(publicUrl, random.nextInt(1, ThePair.DEMO_PRODUCTS))));
        IntStream.range(0, 2_000).forEach(i -> reads.add(HttpRequest.newBuilder(URI.create(publicUrl
                        + "/api/v1/products?limit=5&minPrice=" + random.nextInt(1, 400) + "." + random.nextInt(10, 99)))
                .timeout(Duration.ofSeconds(5)).build()));
        return reads;
    }

    private static boolean standbyServes() {
        return Scrape.of(pair.publicApi).value("catalog_replica_serving{standby=\"" + standbyTarget + "\"") == 1;
    }

    private static double standbyReads() {
        return Scrape.of(pair.publicApi).value("catalog_reads_queries_total{target=\"" + standbyTarget + "\"");
    }

    private static double meanEvictionLagMs(ServiceProcess publicApi) {
        Scrape scrape = Scrape.of(publicApi);
        return 1000 * scrape.value("catalog_changes_lag_seconds_sum") / scrape.value("catalog_changes_lag_seconds_count");
    }

    // the upper bound of the histogram bucket that holds the 99th percentile
    private static String evictionLagP99Bucket(ServiceProcess publicApi) {
        String scrape = Scrape.text(publicApi);
        double count = dev.catalog.testing.PrometheusText.value(scrape, "catalog_changes_lag_seconds_count");
        Matcher bucket = Pattern.compile("(?m)^catalog_changes_lag_seconds_bucket\\{.*le=\"([^\"]+)\".*\\} (\\S+)$").matcher(scrape);
        while (bucket.find()) {
            if (Double.parseDouble(bucket.group(2)) >= 0.99 * count) {
                return bucket.group(1);
            }
        }
        return "?";
    }

    private static long replayLagMs() throws SQLException {
        try (Connection connection = primary.database().connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT coalesce(max(extract(epoch FROM replay_lag) * 1000), 0)::bigint FROM pg_stat_replication")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void onStandby(String sql) throws SQLException {
        TestDatabase.Coordinates database = standby.database();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void await(BooleanSupplier condition, Duration patience, String what) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + patience + " for: " + what).isLessThan(deadline);
            ServiceProcess.sleep(5);
        }
    }

    /** Reads one probe product back to back: when each of its names was first served, and any step back. */
    private static final class Watcher implements AutoCloseable {

        private final Map<Integer, Long> firstSeen = new ConcurrentHashMap<>();
        private final List<Long> lagsMs = new ArrayList<>();
        final List<String> regressions = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final AtomicInteger highest = new AtomicInteger(-1);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Watcher(String publicUrl, long id) {
            ApiClient client = ApiClient.at(publicUrl);
            thread = new Thread(() -> {
                while (running.get()) {
                    ApiClient.Response response = client.get("/api/v1/products/" + id);
                    Matcher name = PROBE.matcher(response.body());
                    if (response.status() != 200 || !name.find()) {
                        regressions.add("unexpected answer " + response);
                        continue;
                    }
                    int n = Integer.parseInt(name.group(1));
                    firstSeen.putIfAbsent(n, System.nanoTime());
                    int before = highest.getAndAccumulate(n, Math::max);
                    if (n < before) {
                        regressions.add("served probe " + n + " after probe " + before);
                    }
                    ServiceProcess.sleep(1); // a close watch, without taking a core of the two
                }
            }, "watcher-" + publicUrl);
            thread.start();
        }

        boolean saw(int n) {
            return firstSeen.containsKey(n);
        }

        void lagSince(int n, long savedNanos) {
            lagsMs.add(Math.max(0, (firstSeen.get(n) - savedNanos) / 1_000_000));
        }

        long p99() {
            return percentile(99);
        }

        long percentile(int p) {
            List<Long> sorted = new ArrayList<>(lagsMs);
            sorted.sort(null);
            return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(10_000);
        }
    }
}

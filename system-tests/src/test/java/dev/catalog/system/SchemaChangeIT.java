package dev.catalog.system;

import dev.catalog.model.SchemaVersion;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brands shipped the way README's runbook says, under a steady read load and staff edits through
 * HAProxy: the release before brands (built from this repository's history) serves; the new
 * admin-service expands the schema (ADMIN_MIGRATION_TARGET=12) beside the old one, which then drains;
 * a restart of it backfills (13); a contract attempted while the old public-api still runs is refused;
 * the new public-api takes over as the old one drains; then the contract (16) goes through, and an old
 * public-api started afterwards stays not-ready. No read or edit fails, no edit is lost, and no read
 * waits more than 200 ms for a migration's lock.
 */
class SchemaChangeIT {

    private static final int DEMO_PRODUCTS = 5_000;
    // longer than HAProxy's health-check interval: a stopping instance leaves the rotation while it still serves
    private static final String READINESS_DELAY = "PT2S";
    private static final String LOCK_WAIT_LIMIT = "200ms";

    private final TestDatabase.Coordinates database = TestDatabase.another();
    private final List<ServiceProcess> started = new CopyOnWriteArrayList<>();
    private final List<String> staffFailures = new CopyOnWriteArrayList<>();
    private final AtomicBoolean working = new AtomicBoolean(true);

    @Test
    void brandsShipUnderLoadThroughExpandMigrateAndContractThenALaterReleaseRollsOnTop() throws Exception {
        PreviousRelease previous = PreviousRelease.before("V11__brands_expand.sql");
        // the brands release, whose runbook this is (a later release goes on top of it, step 5)
        PreviousRelease brands = PreviousRelease.before("V17__history_origin.sql");
        Path newAdminJar = brands.adminJar;
        Path newPublicJar = brands.publicJar;
        Path thisAdminJar = Path.of(System.getProperty("adminJar"));
        Path thisPublicJar = Path.of(System.getProperty("publicJar"));
        int[] adminSlots = {ServiceProcess.freePort(), ServiceProcess.freePort()};
        int[] publicSlots = {ServiceProcess.freePort(), ServiceProcess.freePort()};

        ServiceProcess oldAdmin = start(admin("schema-admin-old", previous.adminJar, adminSlots[0], null));
        ServiceProcess oldPublic = start(publicApi("schema-public-old", previous.publicJar, publicSlots[0]));
        ServiceProcess expanding = admin("schema-admin-expand", newAdminJar, adminSlots[1], "12");
        ServiceProcess newPublic = publicApi("schema-public-new", newPublicJar, publicSlots[1]);
        try (Balancer balancer = new Balancer(List.of(oldPublic, newPublic), List.of(oldAdmin, expanding), 2);
             Readers readers = new Readers(reads(balancer.publicUrl()), 4, Duration.ofMillis(20));
             LockProbe probe = new LockProbe(database)) {
            Staff staff = new Staff(balancer.adminUrl());
            long edited = staff.createDraft(staff.createCategory(), "Schema probe");
            staff.publish(edited);
            AtomicInteger lastSaved = new AtomicInteger(-1);
            Thread edits = new Thread(() -> editUntilStopped(staff, edited, lastSaved), "staff-edits");
            edits.start();
            ServiceProcess.sleep(1_000);

            // 1. expand: the new admin-service migrates to V12 beside the old one, which then drains
            start(expanding);
            balancer.awaitUp(3);
            assertThat(newestVersion()).isEqualTo("12");
            assertThat(readinessOf(oldPublic)).as("the old public-api reads the expanded schema").contains("\"UP\"");
            stop(oldAdmin);

            // 2. migrate: restarted with the next target, the new admin-service backfills every brand
            ServiceProcess migrating = start(admin("schema-admin-migrate", newAdminJar, adminSlots[0], "13"));
            balancer.awaitUp(3);
            stop(expanding);
            assertThat(newestVersion()).isEqualTo("13");
            assertThat(database.count("SELECT id FROM product WHERE brand_id IS NULL")).as("products without a brand")
                    .isZero();

            // the wrong order: the contract while the old public-api still serves is refused
            ServiceProcess tooEarly = admin("schema-admin-contract-too-early", newAdminJar, adminSlots[1], null);
            tooEarly.launch();
            started.add(tooEarly);
            assertThat(tooEarly.awaitExit(Duration.ofSeconds(90))).as("exit status of the refused start").isNotZero();
            assertThat(tooEarly.log()).contains("brands contract (V14) refused")
                    .contains("public-api (built for schema 10)")
                    .contains("Deploy the public-api built for schema 16 everywhere");
            assertThat(newestVersion()).as("nothing of the contract applied").isEqualTo("13");
            assertThat(readinessOf(oldPublic)).contains("\"UP\"");

            // 3. the new public-api joins; the old one drains
            start(newPublic);
            balancer.awaitUp(3);
            assertThat(ApiClient.at(newPublic.url()).get("/api/v1/products/" + edited).json().get("brand"))
                    .isEqualTo(Map.of("slug", "unbranded", "name", "Unbranded"));
            assertCursorsPageOnEitherBuild(oldPublic, newPublic);
            // an old admin-service restarting mid-rollout leaves the new builds' grants alone
            ServiceProcess oldAdminAgain = start(admin("schema-admin-old-again", previous.adminJar,
                    ServiceProcess.freePort(), null));
            assertThat(ApiClient.at(newPublic.url()).get("/api/v1/products/" + edited).status())
                    .as("the new public-api reads brands after an old admin-service started").isEqualTo(200);
            stop(oldAdminAgain);
            stop(oldPublic);

            // 4. contract: now it goes through
            ServiceProcess contracting = start(admin("schema-admin-contract", newAdminJar, adminSlots[1], null));
            balancer.awaitUp(3);
            assertThat(newestVersion()).isEqualTo("16");
            assertThat(database.count("SELECT 1 FROM information_schema.columns WHERE table_name = 'product' "
                    + "AND column_name = 'brand_id' AND is_nullable = 'NO'")).isOne();
            stop(migrating);

            // an old public-api started now, as by a rollback, stays out of rotation and says why
            ServiceProcess lateOld = publicApi("schema-public-old-late", previous.publicJar, ServiceProcess.freePort());
            lateOld.launch();
            started.add(lateOld);
            String refusal = awaitReadinessDown(lateOld);
            assertThat(refusal).contains("read only by public-api builds for schema 11 or newer");
            assertThat(ApiClient.at(lateOld.url()).get("/health/readiness").status()).isEqualTo(503);
            lateOld.close();

            // 5. this build on top: its migrations only add, so a plain rolling deploy, admin-service first
            ServiceProcess thisAdmin = start(admin("schema-admin-this", thisAdminJar, adminSlots[0], null));
            balancer.awaitUp(3);
            assertThat(newestVersion()).as("every later migration").isEqualTo(String.valueOf(SchemaVersion.CURRENT));
            assertThat(readinessOf(newPublic)).as("the brands release's public-api reads it").contains("\"UP\"");
            stop(contracting);
            ServiceProcess thisPublic = start(publicApi("schema-public-this", thisPublicJar, publicSlots[0]));
            balancer.awaitUp(3);
            stop(newPublic);
            assertThat(readinessOf(thisPublic)).contains("\"UP\"");

            ServiceProcess.sleep(1_000);
            working.set(false);
            edits.join(30_000);
            readers.close();
            probe.close();

            System.out.printf("schema change: %d reads, %d staff edits, longest lock probe %d ms, 0 failed%n",
                    readers.answers.get(), lastSaved.get() + 1, probe.longestMs.get());
            assertThat(readers.failures.get()).as("failed reads of " + readers.answers.get()).isZero();
            assertThat(readers.answers.get()).isGreaterThan(1_000);
            assertThat(staffFailures).as("failed staff edits").isEmpty();
            assertThat(lastSaved.get()).as("staff edits acknowledged").isGreaterThan(10);
            assertThat(database.count("SELECT 1 FROM product WHERE id = ? AND name = ?", edited,
                    "Schema edit " + lastSaved.get())).as("the last acknowledged edit is the stored one").isOne();
            assertThat(probe.lockTimeouts.get()).as("reads that waited over " + LOCK_WAIT_LIMIT + " for a lock").isZero();
            assertThat((Throwable) probe.failure).as("the lock probe's own failure").isNull();
            assertThat(probe.reads.get()).isGreaterThan(100);
        } finally {
            working.set(false);
            started.forEach(ServiceProcess::close);
        }
    }

    private void editUntilStopped(Staff staff, long product, AtomicInteger lastSaved) {
        int edit = 0;
        while (working.get()) {
            try {
                staff.edit(product, "Schema edit " + edit, "PUBLISHED");
                lastSaved.set(edit);
            } catch (RuntimeException | AssertionError e) {
                staffFailures.add("edit " + edit + ": " + e);
            }
            edit++;
            ServiceProcess.sleep(100);
        }
    }

    /** A client following a cursor lands on the other build half the time while both serve. */
    private static void assertCursorsPageOnEitherBuild(ServiceProcess one, ServiceProcess other) {
        for (ServiceProcess[] pair : new ServiceProcess[][] {{one, other}, {other, one}}) {
            ApiClient.Response first = ApiClient.at(pair[0].url()).get("/api/v1/products?limit=5&sort=price&inStock=true");
            String cursor = (String) first.json().get("nextCursor");
            ApiClient.Response next = ApiClient.at(pair[1].url()).get("/api/v1/products?limit=5&sort=price&inStock=true&cursor="
                    + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(next.status()).as(pair[0].url() + "'s cursor on " + pair[1].url() + ": " + next).isEqualTo(200);
        }
    }

    private ServiceProcess admin(String name, Path jar, int port, String migrationTarget) throws IOException {
        Files.deleteIfExists(Path.of("target", "system-tests", name + ".log"));
        Map<String, String> env = ThePair.environmentOn(database);
        env.putAll(ThePair.sessionStore());
        env.putAll(ThePair.passwordOnlyAdministrator());
        env.put("ADMIN_PORT", Integer.toString(port));
        env.put("ADMIN_USERNAME", ThePair.ADMIN);
        env.put("ADMIN_PASSWORD", ThePair.ADMIN_PASSWORD);
        env.put("CATALOG_DEMO_PRODUCTS", Integer.toString(DEMO_PRODUCTS));
        env.put("TRUSTED_PROXIES", "127.0.0.1/32");
        env.put("SHUTDOWN_READINESS_DELAY", READINESS_DELAY);
        if (migrationTarget != null) {
            env.put("ADMIN_MIGRATION_TARGET", migrationTarget);
        }
        return new ServiceProcess(name, jar, env, port, ServiceProcess.SMALL_JVM);
    }

    private ServiceProcess publicApi(String name, Path jar, int port) throws IOException {
        Files.deleteIfExists(Path.of("target", "system-tests", name + ".log"));
        Map<String, String> env = ThePair.environmentOn(database.asPublicReader());
        env.put("PUBLIC_PORT", Integer.toString(port));
        env.put("PUBLIC_RATE_LIMIT_ENABLED", "false");
        env.put("TRUSTED_PROXIES", "127.0.0.1/32");
        env.put("SHUTDOWN_READINESS_DELAY", READINESS_DELAY);
        return new ServiceProcess(name, jar, env, port, ServiceProcess.SMALL_JVM);
    }

    private ServiceProcess start(ServiceProcess service) {
        started.add(service);
        return service.start();
    }

    private static void stop(ServiceProcess service) throws InterruptedException {
        assertThat(service.terminate(Duration.ofSeconds(30))).as("exit status after SIGTERM").isEqualTo(143);
    }

    private static String readinessOf(ServiceProcess service) {
        return Scrape.readiness(service);
    }

    private static String awaitReadinessDown(ServiceProcess service) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String readiness = Scrape.readiness(service);
                if (readiness.contains("schema version")) {
                    return readiness;
                }
            } catch (RuntimeException | AssertionError notListeningYet) {
                // starting
            }
            ServiceProcess.sleep(200);
        }
        throw new AssertionError(service.url() + " never reported its schema");
    }

    private String newestVersion() {
        return database.text("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                + "ORDER BY installed_rank DESC LIMIT 1");
    }

    private static List<HttpRequest> reads(String publicUrl) {
        List<HttpRequest> requests = new ArrayList<>();
        for (int id = 1; id <= DEMO_PRODUCTS; id += 7) {
            requests.add(Readers.product(publicUrl, id));
        }
        for (String list : List.of("?limit=20", "?limit=20&sort=-price", "?category=audio&limit=20&sort=name")) {
            requests.add(HttpRequest.newBuilder(URI.create(publicUrl + "/api/v1/products" + list))
                    .timeout(Duration.ofSeconds(5)).build());
        }
        return requests;
    }

    /**
     * Reads products straight from PostgreSQL with {@value #LOCK_WAIT_LIMIT} lock_timeout: a read that
     * a migration's lock held up longer fails, and is counted.
     */
    private static final class LockProbe implements AutoCloseable {

        final AtomicLong reads = new AtomicLong();
        final AtomicLong lockTimeouts = new AtomicLong();
        final AtomicLong longestMs = new AtomicLong();
        volatile SQLException failure;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        LockProbe(TestDatabase.Coordinates database) throws SQLException {
            Connection connection = database.connect();
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET lock_timeout = '" + LOCK_WAIT_LIMIT + "'");
            }
            thread = new Thread(() -> probe(connection), "lock-probe");
            thread.start();
        }

        private void probe(Connection connection) {
            try (connection; PreparedStatement read = connection.prepareStatement("""
                    SELECT p.name, c.name FROM product p JOIN category c ON c.id = p.category_id WHERE p.id = ?""")) {
                while (running.get()) {
                    read.setLong(1, 1 + ThreadLocalRandom.current().nextInt(DEMO_PRODUCTS));
                    long begun = System.nanoTime();
                    try {
                        read.executeQuery().close();
                        reads.incrementAndGet();
                    } catch (SQLException e) {
                        if (!"55P03".equals(e.getSQLState())) {
                            throw e;
                        }
                        lockTimeouts.incrementAndGet();
                    }
                    longestMs.accumulateAndGet((System.nanoTime() - begun) / 1_000_000, Math::max);
                    ServiceProcess.sleep(5);
                }
            } catch (SQLException e) {
                failure = e;
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(5_000);
        }
    }
}

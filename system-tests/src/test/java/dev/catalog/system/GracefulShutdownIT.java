package dev.catalog.system;

import dev.catalog.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM to each service under load, as `docker stop` sends it, with requests held in flight by a
 * database lock the test owns: readiness goes DOWN at once while the service still answers, then the
 * listener closes, then the held requests finish (the lock is released only after the listener closed)
 * and the process exits. Nothing fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GracefulShutdownIT {

    private static final Duration READINESS_DELAY = Duration.ofSeconds(3);

    ThePair pair;
    Staff staff;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startThePair() {
        pair = new ThePair(TestDatabase.another(), Map.of(
                "SHUTDOWN_READINESS_DELAY", READINESS_DELAY.toString(),
                // the held reads wait for the lock, not for public-api's usual 3 s database timeout
                "PUBLIC_QUERY_TIMEOUT", "PT30S"));
        staff = new Staff(pair.admin.url());
    }

    @AfterAll
    void stopThePair() {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    @Order(1)
    void publicApiLeavesReadinessFirstThenFinishesReadsInFlight() throws Exception {
        List<Integer> cached = IntStream.rangeClosed(1, 50).boxed().toList();
        cached.forEach(id -> assertThat(get(pair.publicApi, "/api/v1/products/" + id).statusCode()).isEqualTo(200));

        try (Connection lock = pair.database.connect()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE product IN ACCESS EXCLUSIVE MODE");
            }
            List<CompletableFuture<HttpResponse<String>>> held = IntStream.rangeClosed(1001, 1005)
                    .mapToObj(id -> getAsync(pair.publicApi, "/api/v1/products/" + id)).toList();
            awaitQueriesWaitingForTheLock();

            Readers readers = new Readers(cached.stream().map(id -> Readers.product(pair.publicApi.url(), id)).toList(), 4);
            sigtermThenCheckReadinessAndListener(pair.publicApi, readers);

            assertThat(held).as("reads still held by the lock after the listener closed").noneMatch(CompletableFuture::isDone);
            lock.commit();
            for (int i = 0; i < held.size(); i++) {
                HttpResponse<String> response = held.get(i).get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).contains("\"id\":" + (1001 + i));
            }
        }
        assertThat(pair.publicApi.awaitExit(Duration.ofSeconds(30))).as("exit status after SIGTERM").isEqualTo(143);
    }

    @Test
    @Order(2)
    void adminServiceLeavesReadinessFirstThenFinishesEditsInFlight() throws Exception {
        long category = staff.createCategory();
        long product = staff.createDraft(category, "Edited across a SIGTERM");

        try (Connection lock = pair.database.connect()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("SELECT id FROM product WHERE id = " + product + " FOR UPDATE");
            }
            CompletableFuture<Void> heldEdit = CompletableFuture.runAsync(
                    () -> staff.edit(product, "Saved while admin-service was stopping", "PUBLISHED"));
            awaitQueriesWaitingForTheLock();

            Readers staffReads = new Readers(IntStream.rangeClosed(1, 50).mapToObj(id -> HttpRequest.newBuilder(
                    URI.create(pair.admin.url() + "/admin/api/products/" + id)).timeout(Duration.ofSeconds(5))
                    .header("Authorization", basic(ThePair.ADMIN, ThePair.ADMIN_PASSWORD)).build()).toList(), 2);
            sigtermThenCheckReadinessAndListener(pair.admin, staffReads);

            assertThat(heldEdit).as("edit still held by the lock after the listener closed").isNotDone();
            lock.commit();
            heldEdit.get();
        }
        assertThat(pair.admin.awaitExit(Duration.ofSeconds(30))).as("exit status after SIGTERM").isEqualTo(143);
        assertThat(pair.database.count("SELECT 1 FROM product WHERE id = ? AND name = ? AND status = 'PUBLISHED'",
                product, "Saved while admin-service was stopping")).as("the edit in flight at SIGTERM was committed").isEqualTo(1);
    }

    /**
     * Sends SIGTERM while the readers read; readiness must answer 503 (the service still accepting
     * connections) well before the readiness delay ends, the readers must see no failure during the delay,
     * and afterwards the listener must close.
     */
    private void sigtermThenCheckReadinessAndListener(ServiceProcess service, Readers readers) throws Exception {
        long sigterm = System.nanoTime();
        service.signalTerm();
        int readiness = readinessOnANewConnection(service);
        while (readiness == 200 && millisSince(sigterm) < 1_000) {
            readiness = readinessOnANewConnection(service);
        }
        long readinessDownMs = millisSince(sigterm);
        assertThat(readiness).as("readiness soon after SIGTERM").isEqualTo(503);

        ServiceProcess.sleep(Math.max(0, READINESS_DELAY.toMillis() - 1_000 - millisSince(sigterm)));
        readers.close();
        assertThat(readers.answers.get()).as("answers while readiness was DOWN").isPositive();
        assertThat(readers.failures.get()).as("failed requests while readiness was DOWN").isZero();

        while (listening(service)) {
            assertThat(millisSince(sigterm)).as("listener closed after the readiness delay").isLessThan(READINESS_DELAY.toMillis() + 5_000);
            ServiceProcess.sleep(50);
        }
        long listenerClosedMs = millisSince(sigterm);
        assertThat(listenerClosedMs).as("listener stayed open for the readiness delay").isGreaterThanOrEqualTo(READINESS_DELAY.toMillis());
        System.out.printf("SIGTERM -> readiness DOWN after %d ms, listener closed after %d ms, %d answers in between%n",
                readinessDownMs, listenerClosedMs, readers.answers.get());
    }

    private void awaitQueriesWaitingForTheLock() {
        long since = System.nanoTime();
        while (pair.database.count("SELECT 1 FROM pg_locks WHERE NOT granted") == 0) {
            assertThat(millisSince(since)).as("a request waiting for the test's lock").isLessThan(10_000);
            ServiceProcess.sleep(20);
        }
    }

    /** Asked on a connection of its own: proves the service still accepts new connections. */
    private static int readinessOnANewConnection(ServiceProcess service) throws Exception {
        HttpClient fresh = HttpClient.newHttpClient();
        return fresh.send(request(service, "/health/readiness"), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean listening(ServiceProcess service) {
        URI url = URI.create(service.url());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(ServiceProcess service, String path) {
        try {
            return http.send(request(service, path), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(service.url() + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<HttpResponse<String>> getAsync(ServiceProcess service, String path) {
        return http.sendAsync(request(service, path), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(ServiceProcess service, String path) {
        return HttpRequest.newBuilder(URI.create(service.url() + path)).timeout(Duration.ofSeconds(40)).build();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}

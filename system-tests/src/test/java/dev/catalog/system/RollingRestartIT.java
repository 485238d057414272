package dev.catalog.system;

import dev.catalog.testing.ApiClient;
import dev.catalog.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two admin-services and two public-apis behind HAProxy (the compose configuration), on one database
 * and one Redis. Under a read load and staff edits (through a UI session and through a token), every
 * instance is restarted in turn: nobody sees a failed request, no edit is lost, staff stay signed in,
 * and edits reach public clients through the balancer within p99 100 ms.
 */
class RollingRestartIT {

    private static final int DEMO_PRODUCTS = 2_000;
    // Longer than HAProxy's 1 s health-check interval: it takes a stopping replica out of rotation
    // while the replica still serves.
    private static final String READINESS_DELAY = "PT2S";


    private final TestDatabase.Coordinates database = TestDatabase.another();
    private final List<ServiceProcess> running = new CopyOnWriteArrayList<>();
    private final AtomicBoolean working = new AtomicBoolean(true);
    private final List<String> failures = new CopyOnWriteArrayList<>();

    @Test
    void everyInstanceRestartedInTurnUnderLoadWithNoFailedRequest() throws Exception {
        List<ServiceProcess> admins = List.of(admin("admin-a"), admin("admin-b"));
        startTogether(admins);
        assertThat(database.count("SELECT 1 FROM product")).as("demo catalog loaded once").isEqualTo(DEMO_PRODUCTS);
        assertThat(database.count("SELECT 1 FROM staff_user")).isOne();
        List<ServiceProcess> publicApis = List.of(publicApi("public-1"), publicApi("public-2"));
        startTogether(publicApis);

        ExecutorService staffWork = Executors.newFixedThreadPool(2);
        try (Balancer balancer = new Balancer(publicApis, admins);
             Readers readers = new Readers(productReads(balancer.publicUrl()), 4, Duration.ofMillis(20))) {
            Staff staff = new Staff(balancer.adminUrl());
            long product = staff.createDraft(staff.createCategory(), "Rolling probe");
            staff.publish(product);
            TokenEditor editor = new TokenEditor(balancer, product, issueToken(balancer));
            StaffSession session = StaffSession.signedIn(balancer.adminUrl(), ThePair.ADMIN, ThePair.ADMIN_PASSWORD);
            List<String> slugs = Collections.synchronizedList(new ArrayList<>());
            Future<?> edits = staffWork.submit(() -> editUntilStopped(editor));
            Future<?> pages = staffWork.submit(() -> workInTheUiUntilStopped(session, slugs));

            ServiceProcess.sleep(1_000);
            for (ServiceProcess instance : List.of(publicApis.get(0), publicApis.get(1), admins.get(0), admins.get(1))) {
                restart(instance, balancer);
                ServiceProcess.sleep(1_000);
            }
            working.set(false);
            edits.get(30, TimeUnit.SECONDS);
            pages.get(30, TimeUnit.SECONDS);
            readers.close();

            assertThat(failures).as("failed staff requests").isEmpty();
            assertThat(readers.failures.get()).as("failed reads of " + readers.answers.get()).isZero();
            assertThat(readers.answers.get()).isGreaterThan(1_000);
            assertThat(slugs).as("categories added through the UI session").hasSizeGreaterThan(20);
            assertThat(database.count("SELECT 1 FROM category WHERE slug = ANY(?)", (Object) slugs.toArray(String[]::new)))
                    .as("no lost edit").isEqualTo(slugs.size());
            assertThat(editor.lastName()).isNotNull();
            assertThat(database.count("SELECT 1 FROM product WHERE id = ? AND name = ?", product, editor.lastName()))
                    .as("the last acknowledged edit is the stored one").isOne();
            List<Long> lags = editor.lagsMs();
            Collections.sort(lags);
            long p99 = lags.get((int) Math.ceil(lags.size() * 0.99) - 1);
            System.out.printf("rolling restart: %d reads, %d token edits (lag p50 %d ms, p99 %d ms, max %d ms), %d UI edits, 0 failed%n",
                    readers.answers.get(), lags.size(), lags.get(lags.size() / 2), p99, lags.get(lags.size() - 1), slugs.size());
            assertThat(lags).hasSizeGreaterThan(20);
            assertThat(p99).as("propagation p99 through the balancer, ms").isLessThanOrEqualTo(100);
        } finally {
            working.set(false);
            staffWork.shutdownNow();
            running.forEach(ServiceProcess::close);
        }
    }

    private void restart(ServiceProcess instance, Balancer balancer) throws InterruptedException {
        ServiceProcess current = running.stream().filter(p -> p.port() == instance.port()).findFirst().orElseThrow();
        assertThat(current.terminate(Duration.ofSeconds(30))).as("exit status after SIGTERM").isEqualTo(143);
        running.remove(current);
        ServiceProcess next = current.another();
        running.add(next);
        next.start();
        balancer.awaitUp(4);
    }

    private void editUntilStopped(TokenEditor editor) {
        int edit = 0;
        while (working.get()) {
            try {
                editor.rename("Rolling probe " + edit++);
                ServiceProcess.sleep(50);
            } catch (RuntimeException | AssertionError e) {
                failures.add("token edit " + edit + ": " + e);
            }
        }
    }

    private void workInTheUiUntilStopped(StaffSession session, List<String> slugs) {
        int n = 0;
        while (working.get()) {
            String slug = "rolling-" + n++;
            try {
                HttpResponse<String> page = session.get("/admin/categories/new");
                if (page.statusCode() != 200) {
                    failures.add("UI page " + n + ": " + page.statusCode() + " " + page.headers().firstValue("Location").orElse(""));
                    continue;
                }
                HttpResponse<String> saved = session.post("/admin/categories/new", Map.of("slug", slug, "name", "Rolling " + n, "description", ""));
                if (saved.statusCode() == 303 && !saved.headers().firstValue("Location").orElse("").startsWith("/admin/login")) {
                    slugs.add(slug);
                } else {
                    failures.add("UI post " + n + ": " + saved.statusCode() + " " + saved.headers().firstValue("Location").orElse(""));
                }
            } catch (Exception e) {
                failures.add("UI " + n + ": " + e);
            }
            ServiceProcess.sleep(200);
        }
    }

    private static String issueToken(Balancer balancer) {
        ApiClient.Response issued = ApiClient.at(balancer.adminUrl()).as(ThePair.ADMIN, ThePair.ADMIN_PASSWORD)
                .post("/admin/api/tokens", Map.of("name", "rolling-restart"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return (String) issued.json().get("token");
    }

    private ServiceProcess admin(String name) {
        Map<String, String> env = ThePair.environmentOn(database);
        env.putAll(ThePair.sessionStore());
        env.putAll(ThePair.passwordOnlyAdministrator());
        int port = ServiceProcess.freePort();
        env.put("ADMIN_PORT", Integer.toString(port));
        env.put("ADMIN_USERNAME", ThePair.ADMIN);
        env.put("ADMIN_PASSWORD", ThePair.ADMIN_PASSWORD);
        env.put("CATALOG_DEMO_PRODUCTS", Integer.toString(DEMO_PRODUCTS));
        env.put("TRUSTED_PROXIES", "127.0.0.1/32");
        env.put("SHUTDOWN_READINESS_DELAY", READINESS_DELAY);
        return new ServiceProcess(name, Path.of(System.getProperty("adminJar")), env, port, ServiceProcess.SMALL_JVM);
    }

    private ServiceProcess publicApi(String name) {
        Map<String, String> env = ThePair.environmentOn(database.asPublicReader());
        int port = ServiceProcess.freePort();
        env.put("PUBLIC_PORT", Integer.toString(port));
        // On: behind the balancer each test client would otherwise look like one.
        env.put("PUBLIC_RATE_LIMIT_ENABLED", "true");
        env.put("PUBLIC_RATE_LIMIT_PER_SECOND", "100000");
        env.put("PUBLIC_RATE_LIMIT_BURST", "100000");
        env.put("TRUSTED_PROXIES", "127.0.0.1/32");
        env.put("SHUTDOWN_READINESS_DELAY", READINESS_DELAY);
        return new ServiceProcess(name, Path.of(System.getProperty("publicJar")), env, port, ServiceProcess.SMALL_JVM);
    }

    /** Launches all at the same moment, then waits for each to be ready. */
    private void startTogether(List<ServiceProcess> instances) {
        instances.forEach(instance -> running.add(instance.launch()));
        instances.forEach(instance -> instance.awaitReady(Duration.ofSeconds(90)));
    }

    private static List<HttpRequest> productReads(String publicUrl) {
        return IntStream.rangeClosed(1, DEMO_PRODUCTS).mapToObj(id -> Readers.product(publicUrl, id)).toList();
    }

    /** Renames one product through the admin API with a personal token, then times until public clients see it. */
    private static final class TokenEditor {

        private final ApiClient admin;
        private final ApiClient publicApi;
        private final long product;
        private final List<Long> lagsMs = new CopyOnWriteArrayList<>();
        private final Map<String, String> last = new ConcurrentHashMap<>();

        TokenEditor(Balancer balancer, long product, String token) {
            this.admin = ApiClient.at(balancer.adminUrl()).withHeader("Authorization", "Bearer " + token);
            this.publicApi = ApiClient.at(balancer.publicUrl());
            this.product = product;
        }

        void rename(String name) {
            ApiClient.Response current = admin.get("/admin/api/products/" + product);
            assertThat(current.status()).as(current.toString()).isEqualTo(200);
            Map<String, Object> command = new java.util.LinkedHashMap<>(current.json());
            command.keySet().retainAll(List.of("sku", "description", "price", "currency", "stock", "categoryId", "brandId",
                    "status"));
            command.put("name", name);
            ApiClient.Response saved = admin.put("/admin/api/products/" + product, command,
                    "If-Match", current.header("ETag").orElseThrow());
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            last.put("name", name);
            long committed = System.nanoTime();
            long deadline = committed + Duration.ofSeconds(5).toNanos();
            while (!publicApi.get("/api/v1/products/" + product).body().contains("\"" + name + "\"")) {
                assertThat(System.nanoTime()).as("public-api serves " + name + " within 5 s").isLessThan(deadline);
            }
            lagsMs.add((System.nanoTime() - committed) / 1_000_000);
        }

        String lastName() {
            return last.get("name");
        }

        List<Long> lagsMs() {
            return new ArrayList<>(lagsMs);
        }
    }
}

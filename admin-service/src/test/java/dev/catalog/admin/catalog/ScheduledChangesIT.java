package dev.catalog.admin.catalog;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.staff.StaffAccounts;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.catalog.admin.catalog.CatalogFixtures.createCategory;
import static dev.catalog.admin.catalog.CatalogFixtures.createProduct;
import static dev.catalog.admin.catalog.CatalogFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Staff schedule products to publish or archive; the change happens on time, as theirs, once. */
@IntegrationTest
class ScheduledChangesIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;
    @Inject
    StaffAccounts accounts;

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    ApiClient admin;
    ApiClient editor;
    String editorName;
    long categoryId;

    @BeforeEach
    void setUp() {
        admin = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
        String name = "schedule-editor-" + ACCOUNTS.incrementAndGet();
        accounts.create(name, StaffRole.EDITOR);
        editorName = name;
        editor = ApiClient.at(server.getURL().toString()).as(name, StaffAccounts.password(name));
        categoryId = createCategory(admin);
    }

    @Test
    void aScheduledPublishHappensOnTimeAsItsSchedulersChange() {
        long id = id(createProduct(admin, categoryId));
        Instant runAt = Instant.now().plusSeconds(2);

        ApiClient.Response created = editor.post("/admin/api/schedules",
                Map.of("productIds", List.of(id), "action", "PUBLISH", "runAt", runAt.toString()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long scheduleId = ((Number) items(created).get(0).get("id")).longValue();
        assertThat(items(editor.get("/admin/api/schedules?productId=" + id))).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("action", "PUBLISH").containsEntry("scheduledBy", editorName));
        await().atMost(Duration.ofSeconds(10)).until(() -> "PUBLISHED".equals(status(id)));
        Instant publishedAt = Instant.parse((String) admin.get("/admin/api/products/" + id).json().get("publishedAt"));
        assertThat(publishedAt).isAfterOrEqualTo(runAt.minusMillis(5)).isBefore(runAt.plusSeconds(5));
        Map<String, Object> newest = newestHistory(id);
        assertThat(newest).containsEntry("action", "PUBLISH").containsEntry("actor", editorName)
                .containsEntry("origin", Map.of("kind", "SCHEDULE", "id", (int) scheduleId));
        assertThat(items(editor.get("/admin/api/schedules?productId=" + id))).isEmpty();
    }

    @Test
    void aCancelledChangeNeverHappens() {
        long id = id(createProduct(admin, categoryId));
        long scheduleId = scheduleArchive(id, Instant.now().plusSeconds(2));

        assertThat(editor.delete("/admin/api/schedules/" + scheduleId).status()).isEqualTo(204);
        assertThat(editor.delete("/admin/api/schedules/" + scheduleId).status()).isEqualTo(404);

        long marker = scheduleArchive(id(createProduct(admin, categoryId)), Instant.now().plusSeconds(3));
        await().atMost(Duration.ofSeconds(10)).until(() -> TestDatabase.fresh()
                .count("SELECT 1 FROM scheduled_change WHERE id = " + marker) == 0);
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    @Test
    void aChangeWhoseSchedulerCanNoLongerEditIsRefusedNotDoneInTheirName() {
        long id = id(createProduct(admin, categoryId));
        long scheduleId = scheduleArchive(id, Instant.now().plusSeconds(2));
        TestDatabase.fresh().update("UPDATE staff_user SET role = 'VIEWER' WHERE username = ?", editorName);

        await().atMost(Duration.ofSeconds(10)).until(() -> items(admin.get("/admin/api/schedules?productId=" + id))
                .stream().anyMatch(s -> s.get("failure") != null));

        assertThat(items(admin.get("/admin/api/schedules?productId=" + id))).singleElement().satisfies(s ->
                assertThat((String) s.get("failure")).contains(editorName).contains("can no longer edit"));
        assertThat(status(id)).isEqualTo("DRAFT");
        assertThat(scheduleId).isPositive();
    }

    @Test
    void badSchedulesAreRefusedWithTheReason() {
        long id = id(createProduct(admin, categoryId));

        ApiClient.Response past = editor.post("/admin/api/schedules",
                Map.of("productIds", List.of(id), "action", "PUBLISH", "runAt", Instant.now().minusSeconds(60).toString()));
        ApiClient.Response unknownAction = editor.post("/admin/api/schedules",
                Map.of("productIds", List.of(id), "action", "DELETE", "runAt", Instant.now().plusSeconds(60).toString()));
        ApiClient.Response noSuchProduct = editor.post("/admin/api/schedules",
                Map.of("productIds", List.of(id, 999_999_999L), "action", "PUBLISH", "runAt", Instant.now().plusSeconds(60).toString()));

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.invalidNames()).containsExactly("runAt");
        assertThat(unknownAction.status()).isEqualTo(400);
        assertThat(noSuchProduct.status()).isEqualTo(404);
        assertThat(items(editor.get("/admin/api/schedules?productId=" + id))).as("all or none").isEmpty();
    }

    @Test
    void viewersSeeSchedulesButCannotScheduleOrCancel() {
        String viewerName = "schedule-viewer-" + ACCOUNTS.incrementAndGet();
        accounts.create(viewerName, StaffRole.VIEWER);
        ApiClient viewer = ApiClient.at(server.getURL().toString()).as(viewerName, StaffAccounts.password(viewerName));
        long id = id(createProduct(admin, categoryId));
        long scheduleId = scheduleArchive(id, Instant.now().plusSeconds(3600));

        assertThat(viewer.get("/admin/api/schedules").status()).isEqualTo(200);
        assertThat(viewer.post("/admin/api/schedules", Map.of("productIds", List.of(id), "action", "PUBLISH",
                "runAt", Instant.now().plusSeconds(60).toString())).status()).isEqualTo(403);
        assertThat(viewer.delete("/admin/api/schedules/" + scheduleId).status()).isEqualTo(403);
    }

    @Test
    void twoInstancesRunEachDueChangeExactlyOnce() throws Exception {
        TestDatabase.Coordinates database = TestDatabase.fresh();
        long brandId = CatalogFixtures.unbrandedId();
        int count = 3 * DueScheduledChanges.BATCH / 2;
        String prefix = "RACE-" + ACCOUNTS.incrementAndGet() + "-";
        database.update("INSERT INTO product (sku, name, price, currency, stock, category_id, brand_id) "
                + "SELECT ? || n, 'Race ' || n, 10, 'EUR', 1, ?, ? FROM generate_series(1, ?) n",
                prefix, categoryId, brandId, count);
        // due already, as if scheduled before both instances (re)started
        database.update("INSERT INTO scheduled_change (product_id, action, run_at, scheduled_by) "
                + "SELECT id, 'PUBLISH', now() - interval '1 second', ? FROM product WHERE sku LIKE ? || '%'",
                editorName, prefix);
        Map<String, Object> settings = new HashMap<>(AdminTestDatabase.on(database));
        settings.put("micronaut.server.port", -1);
        settings.put("catalog.schedules.enabled", "false"); // its runner is called below, not polled
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, settings, Environment.TEST)) {
            DueScheduledChanges here = server.getApplicationContext().getBean(DueScheduledChanges.class);
            DueScheduledChanges there = second.getApplicationContext().getBean(DueScheduledChanges.class);
            ExecutorService racers = Executors.newFixedThreadPool(2);
            Future<Integer> ranHere = racers.submit(here::runDue);
            Future<Integer> ranThere = racers.submit(there::runDue);
            int ran = ranHere.get(30, TimeUnit.SECONDS) + ranThere.get(30, TimeUnit.SECONDS);
            racers.shutdown();

            await().atMost(Duration.ofSeconds(10)).until(() -> database.count(
                    "SELECT 1 FROM scheduled_change s JOIN product p ON p.id = s.product_id WHERE p.sku LIKE ? || '%'",
                    prefix) == 0);
            assertThat(ran).as("this instance's poller may have run some too").isLessThanOrEqualTo(count);
        }
        assertThat(database.count("SELECT 1 FROM product WHERE sku LIKE ? || '%' AND status = 'PUBLISHED'", prefix))
                .isEqualTo(count);
        assertThat(database.count("SELECT 1 FROM audit_entry e JOIN audit_origin o ON o.entry_id = e.id "
                + "WHERE e.object_label LIKE ? || '%' AND e.action = 'PUBLISH' AND o.origin = 'SCHEDULE' AND e.actor = ?",
                prefix, editorName))
                .as("one history entry per product: each change ran once").isEqualTo(count);
    }

    private long scheduleArchive(long productId, Instant runAt) {
        ApiClient.Response created = editor.post("/admin/api/schedules",
                Map.of("productIds", List.of(productId), "action", "ARCHIVE", "runAt", runAt.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ((Number) items(created).get(0).get("id")).longValue();
    }

    private String status(long id) {
        return (String) admin.get("/admin/api/products/" + id).json().get("status");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> newestHistory(long id) {
        return ((List<Map<String, Object>>) admin.get("/admin/api/products/" + id + "/history").json().get("items")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(ApiClient.Response response) {
        return (List<Map<String, Object>>) response.json().get("items");
    }
}

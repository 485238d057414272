package dev.catalog.admin.catalog;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.model.changes.CatalogChange;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.catalog.admin.catalog.CatalogFixtures.createCategory;
import static dev.catalog.admin.catalog.CatalogFixtures.createProduct;
import static dev.catalog.admin.catalog.CatalogFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What admin-service's triggers announce is what public-api reads: the notifications of a staff edit
 * parse into shared-model's {@link CatalogChange} and name the changed row.
 */
@IntegrationTest
class ChangeNotificationsIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    ApiClient admin;
    Connection listener;

    @BeforeEach
    void listen() throws SQLException {
        admin = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
        listener = TestDatabase.fresh().connect();
        try (Statement statement = listener.createStatement()) {
            statement.execute("LISTEN " + CatalogChange.CHANNEL);
        }
    }

    @AfterEach
    void stop() throws SQLException {
        listener.close();
    }

    @Test
    void aStaffEditAnnouncesTheProductByIdAndSkuWithTheDatabasesTime() throws Exception {
        long categoryId = createCategory(admin);
        long before = System.currentTimeMillis();
        Map<String, Object> product = createProduct(admin, categoryId);

        List<CatalogChange> changes = received();

        assertThat(changes).filteredOn(CatalogChange::isProduct).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo(id(product));
            assertThat(change.key()).isEqualTo(product.get("sku"));
            assertThat(change.all()).isFalse();
            // The database and the test share this machine's clock.
            assertThat(change.sentAtMs()).isBetween(before - 1_000, System.currentTimeMillis() + 1_000);
        });
        assertThat(changes).filteredOn(change -> change.entity().equals("category"))
                .extracting(CatalogChange::id).containsExactly(categoryId);
    }

    @Test
    void aStatementChangingOverAHundredRowsIsOneNotificationForAll() throws Exception {
        long categoryId = createCategory(admin);
        received();
        try (Connection psql = TestDatabase.fresh().connect(); Statement statement = psql.createStatement()) {
            statement.execute("INSERT INTO product (sku, name, price, currency, stock, status, category_id, brand_id) "
                    + "SELECT 'BULK-' || " + categoryId + " || '-' || n, 'Bulk ' || n, 1, 'EUR', 1, 'DRAFT', "
                    + categoryId + ", (SELECT id FROM brand WHERE slug = 'unbranded') FROM generate_series(1, 101) n");
        }

        try {
            assertThat(received()).singleElement().satisfies(change -> {
                assertThat(change.isProduct()).isTrue();
                assertThat(change.all()).isTrue();
                assertThat(change.id()).isNull();
            });
        } finally {
            // The module's tests share one database: leave no bulk behind for tests that list products.
            TestDatabase.fresh().update("DELETE FROM product WHERE category_id = ?", categoryId);
        }
    }

    private List<CatalogChange> received() throws SQLException, IOException {
        List<CatalogChange> changes = new ArrayList<>();
        PGNotification[] batch;
        while ((batch = listener.unwrap(PGConnection.class).getNotifications(500)) != null && batch.length > 0) {
            for (PGNotification notification : batch) {
                changes.add(json.readValue(notification.getParameter(), CatalogChange.class));
            }
        }
        return changes;
    }
}

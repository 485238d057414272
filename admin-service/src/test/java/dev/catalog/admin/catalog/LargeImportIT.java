package dev.catalog.admin.catalog;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 rows previewed and applied, then all of them updated: the import is streamed and set-based.
 * Prints how long each step took (a figure, not an assertion: speed belongs in benchmarks).
 */
@IntegrationTest
class LargeImportIT implements AdminTestDatabase {

    private static final int ROWS = 100_000;

    @Inject
    EmbeddedServer server;

    @Test
    void aHundredThousandRowsPreviewAndImport() {
        ApiClient admin = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD);
        assertThat(admin.post("/admin/api/categories", Map.of("slug", "bulk-import", "name", "Bulk import")).status())
                .isEqualTo(201);

        long created = importAndConfirm(admin, csv("19.90"), "CREATE");
        long updated = importAndConfirm(admin, csv("21.50"), "UPDATE");

        TestDatabase.Coordinates database = TestDatabase.fresh();
        assertThat(database.count("SELECT 1 FROM product WHERE sku LIKE 'BULK-%' AND price = 21.50")).isEqualTo(ROWS);
        assertThat(database.count("SELECT 1 FROM audit_entry e JOIN audit_origin o ON o.entry_id = e.id "
                + "WHERE e.object_label LIKE 'BULK-%' AND o.origin = 'IMPORT'"))
                .as("one history entry per row and import").isEqualTo(2 * ROWS);
        assertThat(database.count("SELECT 1 FROM product_import_row WHERE import_id IN (?, ?) AND result = 'APPLIED'",
                created, updated)).isEqualTo(2 * ROWS);
    }

    private long importAndConfirm(ApiClient admin, byte[] csv, String outcome) {
        long start = System.nanoTime();
        ApiClient.Response preview = admin.postBytes("/admin/api/imports?fileName=bulk.csv", "text/csv", csv);
        long previewed = System.nanoTime();
        assertThat(preview.status()).as(preview.toString()).isEqualTo(201);
        assertThat(counts(preview.json())).containsEntry(outcome, ROWS);
        long id = ((Number) header(preview.json()).get("id")).longValue();

        ApiClient.Response confirmed = admin.post("/admin/api/imports/" + id + "/confirm", null);
        long applied = System.nanoTime();
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(counts(confirmed.json())).containsEntry("APPLIED", ROWS);
        System.out.printf("import of %,d rows (%s, %.1f MB): preview %.1f s, confirm %.1f s%n", ROWS, outcome,
                csv.length / 1e6, (previewed - start) / 1e9, (applied - previewed) / 1e9);
        return id;
    }

    private static byte[] csv(String price) {
        StringBuilder out = new StringBuilder("sku,name,description,category,brand,price,currency,stock,status\n");
        for (int i = 1; i <= ROWS; i++) {
            out.append("BULK-").append(i).append(",Bulk product ").append(i)
                    .append(",Made in bulk,bulk-import,unbranded,").append(price).append(",EUR,").append(i % 50)
                    .append(i % 3 == 0 ? ",PUBLISHED\n" : ",DRAFT\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(Map<String, Object> summary) {
        return (Map<String, Object>) summary.get("counts");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> header(Map<String, Object> summary) {
        return (Map<String, Object>) summary.get("header");
    }
}

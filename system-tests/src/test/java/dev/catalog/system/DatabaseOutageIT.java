package dev.catalog.system;

import dev.catalog.testing.ApiClient;
import dev.catalog.testing.ThrowawayPostgres;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped for 10 s under load (a cluster of the test's own): public-api keeps serving what it
 * has cached, answers 503 + Retry-After for the rest, both services recover within 5 s of the database's
 * return, and every edit admin-service acknowledged is still there.
 */
class DatabaseOutageIT {

    @Test
    void servicesRideOutATenSecondDatabaseOutage() throws Exception {
        try (ThrowawayPostgres postgres = ThrowawayPostgres.create(); ThePair pair = new ThePair(postgres.database())) {
            Staff staff = new Staff(pair.admin.url());
            long category = staff.createCategory();
            long cached = staff.createDraft(category, "Cached before the outage");
            staff.publish(cached);
            long uncached = staff.createDraft(category, "Never read before the outage");
            staff.publish(uncached);
            ApiClient publicApi = ApiClient.at(pair.publicApi.url());
            assertThat(publicApi.get("/api/v1/products/" + cached).status()).isEqualTo(200);
            List<String> acknowledged = new ArrayList<>();
            try (Readers readers = new Readers(pair.publicApi.url(), 2)) {
                for (int i = 0; i < 20; i++) {
                    String name = "Acknowledged edit " + i;
                    staff.edit(uncached, name, "PUBLISHED");
                    acknowledged.add(name);
                }

                postgres.stop();
                long stopped = System.nanoTime();
                ApiClient.Response stale = publicApi.get("/api/v1/products/" + cached);
                ApiClient.Response missing = publicApi.get("/api/v1/products/" + uncached);
                ServiceProcess.sleep(Math.max(0, 10_000 - (System.nanoTime() - stopped) / 1_000_000));
                postgres.start();
                long back = System.nanoTime();

                assertThat(stale.status()).as(stale.toString()).isEqualTo(200);
                assertThat(stale.header("Warning")).hasValueSatisfying(w -> assertThat(w).startsWith("110"));
                assertThat(missing.status()).as(missing.toString()).isEqualTo(503);
                assertThat(missing.header("Retry-After")).isPresent();
                awaitAnswer(() -> publicApi.get("/api/v1/products/" + uncached).status() == 200, back, "public-api");
                awaitAnswer(() -> ApiClient.at(pair.admin.url()).as(ThePair.ADMIN, ThePair.ADMIN_PASSWORD)
                        .get("/admin/api/products/" + uncached).status() == 200, back, "admin-service");
            }
            Map<String, Object> stored = ApiClient.at(pair.admin.url()).as(ThePair.ADMIN, ThePair.ADMIN_PASSWORD)
                    .get("/admin/api/products/" + uncached).json();
            assertThat(stored.get("name")).as("the last acknowledged edit survived").isEqualTo(acknowledged.get(19));
        }
    }

    private static void awaitAnswer(java.util.function.BooleanSupplier answers, long since, String service) {
        while (!answers.getAsBoolean()) {
            assertThat((System.nanoTime() - since) / 1_000_000).as(service + " recovered within 5 s of the database")
                    .isLessThan(5_000);
            ServiceProcess.sleep(100);
        }
        System.out.printf("%s answered again %d ms after the database came back%n", service,
                (System.nanoTime() - since) / 1_000_000);
    }
}

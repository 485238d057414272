package dev.catalog.admin.schema;

import dev.catalog.testing.TestDatabase;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Brands arrive as expand (V11-V12), migrate (V13) and contract (V14-V16), each step leaving the code
 * of the release before it working: what that code writes still gets a brand, the backfill reaches every
 * row in batches, and the contract refuses to run while a public-api built before brands is connected.
 */
class BrandSchemaStepsIT {

    private static final String RELEASE_BEFORE_BRANDS = "public-api (built for schema 10)";
    private static final String PRODUCT_WITHOUT_BRAND = """
            INSERT INTO product (sku, name, price, currency, stock, category_id)
            VALUES (?, 'Written by the release before brands', 1.00, 'EUR', 1, ?) RETURNING id""";

    private final TestDatabase.Coordinates database = TestDatabase.another();

    @Test
    void eachStepLeavesTheReleaseBeforeItWorkingUntilTheContract() throws SQLException {
        TestDatabase.migrate(database, 10, "10");
        long category = database.insert("INSERT INTO category (slug, name) VALUES ('steps', 'Steps') RETURNING id");
        // more rows than one batch of the backfill
        database.update("""
                INSERT INTO product (sku, name, price, currency, stock, category_id)
                SELECT 'OLD-' || n, 'Old ' || n, 1.00, 'EUR', 1, ? FROM generate_series(1, 4500) n""", category);

        TestDatabase.migrate(database, 16, "12");
        assertThat(database.count("SELECT id FROM product WHERE brand_id IS NULL")).as("expand rewrites no row")
                .isEqualTo(4500);
        long writtenMeanwhile = database.insert(PRODUCT_WITHOUT_BRAND, "OLD-WRITER", category);
        assertThat(brandOf(writtenMeanwhile)).as("what older code writes gets a brand").isEqualTo("unbranded");
        long sonora = database.insert("INSERT INTO brand (slug, name) VALUES ('sonora', 'Sonora') RETURNING id");
        database.update("UPDATE product SET brand_id = ? WHERE id = ?", sonora, writtenMeanwhile);
        database.update("UPDATE product SET brand_id = NULL, name = 'Saved from a row read earlier' WHERE id = ?",
                writtenMeanwhile);
        assertThat(brandOf(writtenMeanwhile)).as("no writer takes a brand away").isEqualTo("sonora");

        String editedBefore = database.text("SELECT updated_at || ' v' || version FROM product WHERE sku = 'OLD-1'");
        TestDatabase.migrate(database, 16, "13");
        assertThat(database.count("SELECT id FROM product WHERE brand_id IS NULL")).as("after the backfill")
                .isZero();
        assertThat(database.text("SELECT updated_at || ' v' || version FROM product WHERE sku = 'OLD-1'"))
                .as("the backfill is no edit: version and the time staff last edited it stay").isEqualTo(editedBefore);

        try (Connection olderPublicApi = connectAs(RELEASE_BEFORE_BRANDS)) {
            assertThatThrownBy(() -> TestDatabase.migrate(database, 16, "16"))
                    .isInstanceOf(FlywayException.class)
                    .hasMessageContaining("public-api instances built before brands are still connected")
                    .hasMessageContaining(RELEASE_BEFORE_BRANDS);
            assertThat(newestVersion()).as("nothing of the contract applied").isEqualTo("13");
            assertThat(readableByBuildsFrom()).isEqualTo(2);
        }

        TestDatabase.migrate(database, 16, "16");
        assertThat(newestVersion()).isEqualTo("16");
        assertThat(readableByBuildsFrom()).as("public-api builds before brands no longer read it").isEqualTo(11);
        long afterContract = database.insert(PRODUCT_WITHOUT_BRAND, "ROLLED-BACK-WRITER", category);
        assertThat(brandOf(afterContract)).as("an admin-service rolled back still adds products").isEqualTo("unbranded");
        assertThatThrownBy(() -> database.update("UPDATE product SET brand_id = NULL WHERE id = ?", afterContract))
                .as("taking a product's brand away, after the contract")
                .hasRootCauseInstanceOf(SQLException.class)
                .rootCause().hasMessageContaining("brand_id");
    }

    @Test
    void theBackfillStopsWithWhatToDoWhenTheUnbrandedBrandIsGone() {
        TestDatabase.migrate(database, 16, "12");
        database.update("DELETE FROM brand WHERE slug = 'unbranded'");

        assertThatThrownBy(() -> TestDatabase.migrate(database, 16, "13"))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("the backfill needs the brand with slug unbranded");
    }

    private String brandOf(long product) {
        return database.text("SELECT b.slug FROM product p JOIN brand b ON b.id = p.brand_id WHERE p.id = ?", product);
    }

    private String newestVersion() {
        return database.text("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                + "ORDER BY installed_rank DESC LIMIT 1");
    }

    private long readableByBuildsFrom() {
        return Long.parseLong(database.text("SELECT readable_by_builds_from FROM schema_compatibility"));
    }

    private Connection connectAs(String applicationName) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl() + "?ApplicationName="
                + URLEncoder.encode(applicationName, StandardCharsets.UTF_8), database.user(), database.password());
    }
}

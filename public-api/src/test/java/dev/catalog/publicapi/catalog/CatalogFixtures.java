package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.ProductStatus;
import dev.catalog.testing.TestDatabase;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Catalog rows written with plain JDBC, as admin-service would leave them; public-api never writes.
 * Slugs and skus carry a running number, because every test class of a run shares one database.
 */
public final class CatalogFixtures {

    private static final TestDatabase.Coordinates DATABASE = TestDatabase.migrated();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final BrandRow DATABASE_UNBRANDED = new BrandRow(
            DATABASE.insert("SELECT id FROM brand WHERE slug = 'unbranded'"), "unbranded", "Unbranded");

    private CatalogFixtures() {
    }

    public record CategoryRow(long id, String slug, String name, String description) {
    }

    public record BrandRow(long id, String slug, String name) {
    }

    public record ProductRow(long id, String sku, String name, String description, String price, String currency,
                      int stock, ProductStatus status, Instant updatedAt) {
    }

    public static CategoryRow audio() {
        int n = SEQUENCE.incrementAndGet();
        return insert(new CategoryRow(0, "audio-" + n, "Audio " + n, "Headphones, speakers and turntables."));
    }

    static CategoryRow accessories() {
        int n = SEQUENCE.incrementAndGet();
        return insert(new CategoryRow(0, "accessories-" + n, "Accessories " + n, "Cables, stands and cases."));
    }

    static CategoryRow kitchen() {
        int n = SEQUENCE.incrementAndGet();
        return insert(new CategoryRow(0, "kitchen-" + n, "Kitchen " + n, "Kettles, teapots and whisks."));
    }

    /** The brand every fixture product has unless a test names another. */
    static BrandRow unbranded() {
        return DATABASE_UNBRANDED;
    }

    static BrandRow sonora() {
        int n = SEQUENCE.incrementAndGet();
        String slug = "sonora-" + n;
        long id = DATABASE.insert("INSERT INTO brand (slug, name) VALUES (?, ?) RETURNING id", slug, "Sonora " + n);
        return new BrandRow(id, slug, "Sonora " + n);
    }

    public static ProductRow studioHeadphones(CategoryRow category) {
        return insert(category, product("HEADPHONES", "Studio Headphones", "Closed-back, 40 mm drivers.",
                "19.99", 7, ProductStatus.PUBLISHED));
    }

    public static ProductRow audioCable(CategoryRow category) {
        return insert(category, product("CABLE", "Audio Cable", "3.5 mm jack, 1.5 m.", "4.90", 250,
                ProductStatus.PUBLISHED));
    }

    static List<ProductRow> audioCables(CategoryRow category, int count) {
        List<ProductRow> cables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cables.add(audioCable(category));
        }
        return cables;
    }

    public static ProductRow draftSpeaker(CategoryRow category) {
        return insert(category, product("SPEAKER", "Bookshelf Speaker", "Not announced yet.", "89.00", 0,
                ProductStatus.DRAFT));
    }

    static ProductRow archivedTurntable(CategoryRow category) {
        return insert(category, product("TURNTABLE", "Belt-Drive Turntable", "No longer sold.", "149.50", 0,
                ProductStatus.ARCHIVED));
    }

    /** A connection to the shared test database, for tests that change rows while the API reads them. */
    static Connection connect() throws SQLException {
        return DATABASE.connect();
    }

    /** A well-formed slug that no category has. */
    static String unusedSlug() {
        return "no-such-category-" + SEQUENCE.incrementAndGet();
    }

    /** A well-formed sku that no product has. */
    static String unusedSku() {
        return "NO-SUCH-SKU-" + SEQUENCE.incrementAndGet();
    }

    private static ProductRow product(String skuPrefix, String name, String description, String price, int stock,
                                      ProductStatus status) {
        return product(skuPrefix, name, description, price, stock, status, null);
    }

    /** A product not yet inserted; a null {@code updatedAt} leaves it to the database's now(). */
    static ProductRow product(String skuPrefix, String name, String description, String price, int stock,
                              ProductStatus status, Instant updatedAt) {
        return new ProductRow(0, skuPrefix + "-" + SEQUENCE.incrementAndGet(), name, description, price, "EUR",
                stock, status, updatedAt);
    }

    private static CategoryRow insert(CategoryRow category) {
        String sql = "INSERT INTO category (slug, name, description) VALUES (?, ?, ?) RETURNING id";
        try (Connection connection = DATABASE.connect();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, category.slug());
            insert.setString(2, category.name());
            insert.setString(3, category.description());
            try (ResultSet row = returned(insert)) {
                return new CategoryRow(row.getLong("id"), category.slug(), category.name(), category.description());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert category " + category.slug(), e);
        }
    }

    static ProductRow insert(CategoryRow category, ProductRow product) {
        return insert(category, unbranded(), product);
    }

    static ProductRow insert(CategoryRow category, BrandRow brand, ProductRow product) {
        String sql = """
                INSERT INTO product (sku, name, description, price, currency, stock, category_id, status, published_at,
                                     updated_at, brand_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, now()), ?)
                RETURNING id, updated_at""";
        try (Connection connection = DATABASE.connect();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            bind(insert, category, product);
            insert.setLong(11, brand.id());
            try (ResultSet row = returned(insert)) {
                return new ProductRow(row.getLong("id"), product.sku(), product.name(), product.description(),
                        product.price(), product.currency(), product.stock(), product.status(),
                        row.getObject("updated_at", OffsetDateTime.class).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert product " + product.sku(), e);
        }
    }

    private static void bind(PreparedStatement insert, CategoryRow category, ProductRow product) throws SQLException {
        insert.setString(1, product.sku());
        insert.setString(2, product.name());
        insert.setString(3, product.description());
        insert.setBigDecimal(4, new BigDecimal(product.price()));
        insert.setString(5, product.currency());
        insert.setInt(6, product.stock());
        insert.setLong(7, category.id());
        insert.setString(8, product.status().name());
        // Archived products were published once; only drafts have never been.
        OffsetDateTime publishedAt = product.status() == ProductStatus.DRAFT ? null : OffsetDateTime.now();
        insert.setObject(9, publishedAt, Types.TIMESTAMP_WITH_TIMEZONE);
        OffsetDateTime updatedAt = product.updatedAt() == null ? null : product.updatedAt().atOffset(ZoneOffset.UTC);
        insert.setObject(10, updatedAt, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static ResultSet returned(PreparedStatement insert) throws SQLException {
        ResultSet row = insert.executeQuery();
        row.next();
        return row;
    }
}

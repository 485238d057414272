package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.BrandRef;
import dev.catalog.model.catalog.CategoryRef;
import dev.catalog.model.catalog.ProductView;
import dev.catalog.model.catalog.PublicCatalog;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.r2dbc.spi.Readable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A published product joined with its category and brand, and the one place that says which products the
 * public side may show: every product query starts from {@link #SELECT}, so a draft cannot leak. The
 * brand is joined LEFT: until a schema change's backfill reaches a product (V13), it has none.
 */
@Introspected
record PublishedProduct(
        long id,
        String sku,
        String name,
        @Nullable String description,
        BigDecimal price,
        String currency,
        int stock,
        String categorySlug,
        String categoryName,
        @Nullable String brandSlug,
        @Nullable String brandName,
        Instant updatedAt) {

    /** The columns of this record, of published products only; queries add conditions with AND. */
    static final String SELECT = """
            SELECT p.id, p.sku, p.name, p.description, p.price, p.currency, p.stock,
                   c.slug AS category_slug, c.name AS category_name,
                   b.slug AS brand_slug, b.name AS brand_name, p.updated_at
            FROM product p
            JOIN category c ON c.id = p.category_id
            LEFT JOIN brand b ON b.id = p.brand_id
            WHERE\s""" + PublicCatalog.PRODUCT_CONDITION;

    static PublishedProduct from(Readable row) {
        return new PublishedProduct(
                row.get("id", Long.class),
                row.get("sku", String.class),
                row.get("name", String.class),
                row.get("description", String.class),
                row.get("price", BigDecimal.class),
                row.get("currency", String.class),
                row.get("stock", Integer.class),
                row.get("category_slug", String.class),
                row.get("category_name", String.class),
                row.get("brand_slug", String.class),
                row.get("brand_name", String.class),
                row.get("updated_at", Instant.class));
    }

    ProductView toView() {
        return ProductView.of(id, sku, name, description, price, currency, stock,
                new CategoryRef(categorySlug, categoryName),
                brandSlug == null ? null : new BrandRef(brandSlug, brandName), updatedAt);
    }
}

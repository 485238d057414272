package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.ProductStatus;
import dev.catalog.publicapi.catalog.CatalogFixtures.CategoryRow;
import dev.catalog.publicapi.catalog.CatalogFixtures.ProductRow;

import java.time.Instant;

/**
 * A product described only by what a test cares about, the rest left plain:
 * {@code aProduct().named("Steel Kettle").pricedAt("24.00").in(kitchen)}. Inserted by {@link #in}.
 */
final class ProductBuilder {

    private String skuPrefix = "ITEM";
    private String name = "Plain Item";
    private String description = "Nothing special about it.";
    private String price = "10.00";
    private int stock = 5;
    private ProductStatus status = ProductStatus.PUBLISHED;
    private Instant updatedAt;
    private CatalogFixtures.BrandRow brand = CatalogFixtures.unbranded();

    private ProductBuilder() {
    }

    static ProductBuilder aProduct() {
        return new ProductBuilder();
    }

    /** The sku's prefix; a running number follows it, so skus stay unique across test classes. */
    ProductBuilder sku(String prefix) {
        this.skuPrefix = prefix;
        return this;
    }

    ProductBuilder named(String name) {
        this.name = name;
        return this;
    }

    ProductBuilder described(String description) {
        this.description = description;
        return this;
    }

    ProductBuilder pricedAt(String price) {
        this.price = price;
        return this;
    }

    ProductBuilder stocked(int stock) {
        this.stock = stock;
        return this;
    }

    ProductBuilder soldOut() {
        return stocked(0);
    }

    ProductBuilder draft() {
        this.status = ProductStatus.DRAFT;
        return this;
    }

    ProductBuilder archived() {
        this.status = ProductStatus.ARCHIVED;
        return this;
    }

    /** Last changed at {@code updatedAt} (PostgreSQL keeps microseconds) instead of at insert time. */
    ProductBuilder updatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    ProductBuilder by(CatalogFixtures.BrandRow maker) {
        this.brand = maker;
        return this;
    }

    ProductRow in(CategoryRow category) {
        return CatalogFixtures.insert(category, brand,
                CatalogFixtures.product(skuPrefix, name, description, price, stock, status, updatedAt));
    }
}

package dev.catalog.model.catalog;

/** Where a product is in its life. Only {@link #PUBLISHED} products are ever visible to the public. */
public enum ProductStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}

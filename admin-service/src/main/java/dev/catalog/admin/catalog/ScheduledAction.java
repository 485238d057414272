package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.ProductStatus;

/** What a scheduled change does to its product when it comes due. */
public enum ScheduledAction {
    PUBLISH(ProductStatus.PUBLISHED), ARCHIVE(ProductStatus.ARCHIVED);

    private final ProductStatus status;

    ScheduledAction(ProductStatus status) {
        this.status = status;
    }

    ProductStatus status() {
        return status;
    }
}

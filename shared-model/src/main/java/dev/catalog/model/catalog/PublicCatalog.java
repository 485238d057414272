package dev.catalog.model.catalog;

/**
 * Which products the public may see, for both services: public-api filters every answer with it, and
 * admin-service builds the partial indexes of the public lists on the same condition (the planner uses
 * a partial index only for a query whose condition implies the index's).
 */
public final class PublicCatalog {

    /** The one status the public sees: drafts and archived products never leave the staff side. */
    public static final ProductStatus VISIBLE_STATUS = ProductStatus.PUBLISHED;

    /** {@link #VISIBLE_STATUS} as SQL on {@code product p}; a literal, so annotations' queries can use it. */
    public static final String PRODUCT_CONDITION = "p.status = 'PUBLISHED'";

    private PublicCatalog() {
    }

    public static boolean isVisible(ProductStatus status) {
        return status == VISIBLE_STATUS;
    }
}

package dev.catalog.model.catalog;

/**
 * The field rules of the catalog, in one place. The database enforces the same rules with CHECK
 * constraints (see admin-service's migrations), so no writer can store a row these would reject.
 */
public final class CatalogRules {

    /** Lower-case letters and digits in groups separated by single dashes. */
    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int SLUG_MAX = 64;
    public static final int CATEGORY_NAME_MAX = 120;
    public static final int CATEGORY_DESCRIPTION_MAX = 2_000;
    public static final int BRAND_NAME_MAX = 120;

    /** Upper-case letters, digits and dashes, 2 to 32 characters. */
    public static final String SKU_PATTERN = "^[A-Z0-9-]{2,32}$";
    public static final int PRODUCT_NAME_MAX = 200;
    public static final int PRODUCT_DESCRIPTION_MAX = 10_000;
    /** Prices are stored as NUMERIC(12,2): ten integer digits, two fraction digits. */
    public static final int PRICE_INTEGER_DIGITS = 10;
    public static final int PRICE_FRACTION_DIGITS = 2;
    /** The shape of an ISO 4217 code; whether the code exists is checked against the JDK's list. */
    public static final String CURRENCY_PATTERN = "^[A-Z]{3}$";

    /** Something other than white space. */
    public static final String NOT_BLANK_PATTERN = "(?s).*\\S.*";

    private CatalogRules() {
    }
}

package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.CatalogRules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The orders a product list can be read in. Every order ends with the id, in the same direction, so
 * each row has a unique keyset position and a cursor never skips or repeats rows that tie.
 */
enum ProductSort {
    ID("id", "p.id", false, null, null),
    NAME("name", "p.name", false, PublishedProduct::name, ProductSort::name),
    NAME_DESC("-name", "p.name", true, PublishedProduct::name, ProductSort::name),
    PRICE("price", "p.price", false, PublishedProduct::price, ProductSort::price),
    PRICE_DESC("-price", "p.price", true, PublishedProduct::price, ProductSort::price),
    UPDATED("updatedAt", "p.updated_at", false, PublishedProduct::updatedAt, ProductSort::updatedAt),
    UPDATED_DESC("-updatedAt", "p.updated_at", true, PublishedProduct::updatedAt, ProductSort::updatedAt);

    static final String ALLOWED = "one of name, -name, price, -price, updatedAt, -updatedAt";

    // PostgreSQL's timestamptz range (4714 BC to 294276 AD).
    private static final Instant EARLIEST = Instant.parse("-4713-11-24T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+294276-12-31T23:59:59.999999Z");

    private final String parameter;
    private final String column;
    private final boolean descending;
    private final Function<PublishedProduct, Object> value;
    private final Function<String, Object> parser;

    ProductSort(String parameter, String column, boolean descending, Function<PublishedProduct, Object> value,
                Function<String, Object> parser) {
        this.parameter = parameter;
        this.column = column;
        this.descending = descending;
        this.value = value;
        this.parser = parser;
    }

    static Optional<ProductSort> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(parameter)).findFirst();
    }

    String parameter() {
        return parameter;
    }

    /** The sorted column, or null when the id alone orders the list. */
    String column() {
        return column;
    }

    boolean isById() {
        return this == ID;
    }

    boolean descending() {
        return descending;
    }

    /** The sort value of {@code product}, as it is written into a cursor. */
    String valueOf(PublishedProduct product) {
        return String.valueOf(value.apply(product));
    }

    /** A sort value read back from a cursor, typed for binding; throws on anything malformed. */
    Object parseValue(String text) {
        return parser.apply(text);
    }

    // The parsers below refuse what this API never writes into a cursor and PostgreSQL cannot bind,
    // so a cursor forged with a leaked (or the default) secret gets a 400 rather than a database error (a 500).

    private static String name(String text) {
        return require(text, text.indexOf('\0') < 0);
    }

    private static BigDecimal price(String text) {
        BigDecimal price = new BigDecimal(text);
        return require(price, price.scale() <= CatalogRules.PRICE_FRACTION_DIGITS
                && price.precision() - price.scale() <= CatalogRules.PRICE_INTEGER_DIGITS);
    }

    private static Instant updatedAt(String text) {
        Instant instant = Instant.parse(text);
        return require(instant, !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST));
    }

    private static <T> T require(T value, boolean bindable) {
        if (!bindable) {
            throw new IllegalArgumentException("Not a value this API writes into a cursor: " + value);
        }
        return value;
    }
}

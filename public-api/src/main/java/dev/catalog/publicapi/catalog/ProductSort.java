package dev.catalog.publicapi.catalog;

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
    NAME("name", "p.name", false, PublishedProduct::name, text -> text),
    NAME_DESC("-name", "p.name", true, PublishedProduct::name, text -> text),
    PRICE("price", "p.price", false, PublishedProduct::price, BigDecimal::new),
    PRICE_DESC("-price", "p.price", true, PublishedProduct::price, BigDecimal::new),
    UPDATED("updatedAt", "p.updated_at", false, PublishedProduct::updatedAt, Instant::parse),
    UPDATED_DESC("-updatedAt", "p.updated_at", true, PublishedProduct::updatedAt, Instant::parse);

    static final String ALLOWED = "one of name, -name, price, -price, updatedAt, -updatedAt";

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
}

package dev.catalog.model.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How prices are written in JSON: a plain decimal string with exactly two fraction digits. */
public final class Prices {

    private Prices() {
    }

    public static String format(BigDecimal price) {
        return price.setScale(CatalogRules.PRICE_FRACTION_DIGITS, RoundingMode.UNNECESSARY).toPlainString();
    }
}

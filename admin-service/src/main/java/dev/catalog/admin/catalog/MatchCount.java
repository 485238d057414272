package dev.catalog.admin.catalog;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How many products a staff list matches: exact, or a lower bound once counting passed
 * {@link ProductChangelistRepository#COUNT_CAP} beyond the page's first row.
 */
record MatchCount(long atLeast, boolean exact) {

    /** "1,234", or "2,050+" when there are more. */
    String describe() {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(atLeast) + (exact ? "" : "+");
    }
}

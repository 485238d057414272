package dev.catalog.admin.catalog;

/**
 * Text a spreadsheet will not run: a cell starting with = + - @, a tab or a carriage return is read as a
 * formula (CSV injection, OWASP), so such text gets a leading apostrophe, which spreadsheets hide.
 */
final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    static boolean isFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** Text {@link #safe} escaped: an apostrophe, then what would have been a formula. */
    static boolean isEscapedFormula(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && isFormula(text.substring(1));
    }

    /** The text {@link #safe} was given. */
    static String unescape(String text) {
        return isEscapedFormula(text) ? text.substring(1) : text;
    }

    static String safe(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

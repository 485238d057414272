package dev.catalog.admin.catalog;

/**
 * Text a spreadsheet will not run: a cell starting with = + - @, a tab or a carriage return is read as a
 * formula (CSV injection, OWASP), so such text gets a leading apostrophe, which spreadsheets hide.
 */
final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    static String safe(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

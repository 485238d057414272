package dev.catalog.admin.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1"})
    void textASpreadsheetWouldRunAsAFormulaIsQuoted(String text) {
        assertThat(SpreadsheetCells.safe(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Steel Kettle", "Kettle = fast", "100% cotton", "'already quoted"})
    void otherTextIsLeftAsItIs(String text) {
        assertThat(SpreadsheetCells.safe(text)).isEqualTo(text);
    }
}

package dev.catalog.publicapi.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProductSortTest {

    @Test
    void cursorValuesThisApiWritesAreReadBack() {
        assertThat(ProductSort.NAME.parseValue("Steel Kettle | 2 l")).isEqualTo("Steel Kettle | 2 l");
        assertThat(ProductSort.PRICE.parseValue("9999999999.99")).isEqualTo(new BigDecimal("9999999999.99"));
        assertThat(ProductSort.UPDATED.parseValue("2024-03-01T10:00:00.123456Z"))
                .isEqualTo(Instant.parse("2024-03-01T10:00:00.123456Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "0E+999999999", "1E-999999", "12345678901.5", "0.001"})
    void priceThatNoPriceColumnCanHoldIsRefused(String price) {
        assertThatIllegalArgumentException().isThrownBy(() -> ProductSort.PRICE_DESC.parseValue(price));
    }

    @Test
    void nameWithANulCharacterIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProductSort.NAME.parseValue("Kettle\u0000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+294277-01-01T00:00:00Z", "-4713-11-23T23:59:59Z", "+1000000000-12-31T23:59:59Z"})
    void instantOutsidePostgresqlsTimestampRangeIsRefused(String instant) {
        assertThatIllegalArgumentException().isThrownBy(() -> ProductSort.UPDATED_DESC.parseValue(instant));
    }
}

package dev.catalog.admin.audit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class FieldDiffTest {

    @Test
    void recordsOnlyTheFieldsThatChangedInTheOrderCompared() {
        FieldDiff diff = new FieldDiff()
                .field("stock", 3, 4)
                .field("name", "Kettle", "Kettle")
                .field("currency", "EUR", "USD");

        assertThat(diff.changes()).containsExactly(
                entry("stock", new FieldChange("3", "4")), entry("currency", new FieldChange("EUR", "USD")));
    }

    @Test
    void pricesThatReadTheSameAreNoChange() {
        assertThat(new FieldDiff().field("price", new BigDecimal("19.9"), new BigDecimal("19.90")).isEmpty()).isTrue();
        assertThat(new FieldDiff().field("price", new BigDecimal("19.9"), new BigDecimal("19.91")).changes())
                .containsEntry("price", new FieldChange("19.90", "19.91"));
    }

    @Test
    void aValueAppearingOrDisappearingIsAChangeFromOrToNothing() {
        FieldDiff diff = new FieldDiff().field("description", null, "New").field("category", "audio", null);

        assertThat(diff.changes()).containsEntry("description", new FieldChange(null, "New"))
                .containsEntry("category", new FieldChange("audio", null));
        assertThat(new FieldDiff().field("description", null, null).isEmpty()).isTrue();
    }
}

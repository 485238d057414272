package dev.catalog.admin.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchCountTest {

    @Test
    void anExactCountIsTheNumberAndALowerBoundSaysThereAreMore() {
        assertThat(new MatchCount(1_234, true).describe()).isEqualTo("1,234");
        assertThat(new MatchCount(2_050, false).describe()).isEqualTo("2,050+");
    }
}

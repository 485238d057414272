package dev.catalog.publicapi.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductSearchTest {

    @Test
    void aSearchWithoutABrandHasTheScopeOfTheBuildsBeforeBrands() {
        ProductSearch search = new ProductSearch("audio", null, null, null, true, null, ProductSort.PRICE, 20, null);

        // what a public-api built before brands signs: its cursors still page on this build, and back
        assertThat(search.scope()).isEqualTo("v1|sort=price|category=audio|min=|max=|inStock=true|q=");
    }

    @Test
    void aBrandBindsTheCursorToIt() {
        ProductSearch sonora = new ProductSearch(null, "sonora", null, null, null, null, ProductSort.PRICE, 20, null);
        ProductSearch none = new ProductSearch(null, null, null, null, null, null, ProductSort.PRICE, 20, null);

        assertThat(sonora.scope()).isNotEqualTo(none.scope()).endsWith("|brand=sonora");
    }
}

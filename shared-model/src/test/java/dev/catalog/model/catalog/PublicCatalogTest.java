package dev.catalog.model.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicCatalogTest {

    @Test
    void theSqlConditionNamesTheVisibleStatus() {
        assertThat(PublicCatalog.PRODUCT_CONDITION).isEqualTo("p.status = '" + PublicCatalog.VISIBLE_STATUS.name() + "'");
    }

    @Test
    void onlyPublishedProductsAreVisible() {
        assertThat(PublicCatalog.isVisible(ProductStatus.PUBLISHED)).isTrue();
        assertThat(PublicCatalog.isVisible(ProductStatus.DRAFT)).isFalse();
        assertThat(PublicCatalog.isVisible(ProductStatus.ARCHIVED)).isFalse();
    }
}

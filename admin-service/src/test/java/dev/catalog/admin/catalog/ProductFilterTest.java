package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.ProductStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductFilterTest {

    @Test
    void readsEveryParameterOfTheUrl() {
        ProductFilter filter = ProductFilter.parse("7", null, "published", "true", "  kettle ", "-price", "3");

        assertThat(filter).isEqualTo(new ProductFilter(7L, null, ProductStatus.PUBLISHED, true, "kettle", "-price", 3));
        assertThat(filter.sortKey()).isEqualTo("price");
        assertThat(filter.descending()).isTrue();
    }

    @Test
    void aHandEditedBookmarkStillOpensWithItsNonsenseIgnored() {
        ProductFilter filter = ProductFilter.parse("seven", null, "LOST", "maybe", null, "password", "-2");

        assertThat(filter).isEqualTo(new ProductFilter(null, null, null, null, "", ProductSorting.DEFAULT, 0));
    }

    @Test
    void searchTextIsCutToAHundredCharacters() {
        assertThat(ProductFilter.parse(null, null, null, null, "x".repeat(500), null, null).q()).hasSize(100);
    }

    @Test
    void changingAFilterGoesBackToTheFirstPageAndKeepsTheOthers() {
        ProductFilter filter = ProductFilter.parse("7", null, null, "false", "tea & cake", null, "4");

        assertThat(filter.with("status", ProductStatus.DRAFT))
                .isEqualTo("/admin/products?category=7&inStock=false&q=tea+%26+cake&status=DRAFT");
        assertThat(filter.with("page", 5)).isEqualTo("/admin/products?category=7&inStock=false&q=tea+%26+cake&page=5");
        assertThat(filter.with("category", null)).isEqualTo("/admin/products?inStock=false&q=tea+%26+cake");
    }

    @Test
    void aColumnHeaderSortsAscendingFirstThenDescending() {
        ProductFilter unsorted = ProductFilter.parse(null, null, null, null, null, null, null);
        ProductFilter byPrice = ProductFilter.parse(null, null, null, null, null, "price", null);

        assertThat(unsorted.sortedBy("price")).isEqualTo("/admin/products?sort=price");
        assertThat(byPrice.sortedBy("price")).isEqualTo("/admin/products?sort=-price");
        assertThat(byPrice.sortedBy("sku")).isEqualTo("/admin/products?sort=sku");
    }

    @Test
    void theExportTakesTheListsFiltersButNotItsPage() {
        ProductFilter filter = ProductFilter.parse(null, null, "ARCHIVED", null, null, "sku", "9");

        assertThat(filter.exportUrl()).isEqualTo("/admin/exports/products.csv?status=ARCHIVED&sort=sku");
    }
}

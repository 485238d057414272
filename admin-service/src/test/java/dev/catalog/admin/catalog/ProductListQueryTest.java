package dev.catalog.admin.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductListQueryTest {

    @Test
    void everyFilterIsAConditionWithItsValueBound() {
        ProductListQuery query = ProductListQuery.of(ProductFilter.parse("7", null, "DRAFT", "true", "kettle", null, null));

        assertThat(query.where()).isEqualTo(
                " WHERE p.category_id = ? AND p.status = ? AND p.stock > 0 AND (p.sku ILIKE ? OR p.name ILIKE ?)");
        assertThat(query.values()).containsExactly(7L, "DRAFT", "%kettle%", "%kettle%");
    }

    @Test
    void searchTextNeverBecomesSqlOrAWildcard() {
        ProductListQuery query = ProductListQuery.of(ProductFilter.parse(null, null, null, null, "50%_off' OR 1=1 --\\", null,
                null));

        assertThat(query.rowsSql()).doesNotContain("50").doesNotContain("1=1");
        assertThat(query.values()).containsExactly("%50\\%\\_off' OR 1=1 --\\\\%", "%50\\%\\_off' OR 1=1 --\\\\%");
    }

    @Test
    void noFilterMeansNoWhere() {
        assertThat(ProductListQuery.of(ProductFilter.parse(null, null, null, null, null, null, null)).where()).isEmpty();
    }

    @Test
    void sortsByTheChosenColumnWithTheIdAsTieBreakerInTheSameDirection() {
        assertThat(ProductListQuery.of(ProductFilter.parse(null, null, null, null, null, "-price", null)).orderBy())
                .isEqualTo(" ORDER BY p.price DESC, p.id DESC");
        assertThat(ProductListQuery.of(ProductFilter.parse(null, null, null, null, null, "category", null)).orderBy())
                .isEqualTo(" ORDER BY c.name ASC, p.id ASC");
        assertThat(ProductListQuery.of(ProductFilter.parse(null, null, null, null, null, null, null)).orderBy())
                .isEqualTo(" ORDER BY p.updated_at DESC, p.id DESC");
    }

    @Test
    void theCountStopsAtItsCapAndIgnoresTheSort() {
        ProductListQuery query = ProductListQuery.of(ProductFilter.parse(null, null, null, "false", null, "-price", null));

        assertThat(query.countSql(10_001))
                .isEqualTo("SELECT count(*) FROM (SELECT 1 FROM product p WHERE p.stock = 0 LIMIT 10001) matching");
    }
}

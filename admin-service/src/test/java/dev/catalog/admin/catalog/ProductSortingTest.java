package dev.catalog.admin.catalog;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductSortingTest {

    @ParameterizedTest
    @ValueSource(strings = {"id", "sku", "name", "price", "stock", "status", "createdAt", "updatedAt", "publishedAt"})
    void theApiAndThePageShareTheirWords(String property) {
        Pageable checked = ProductSorting.API.check(Pageable.from(0, 20, Sort.of(Sort.Order.desc(property))));

        assertThat(checked.getOrderBy()).containsExactly(Sort.Order.desc(property));
        assertThat(ProductFilter.parse(null, null, null, null, null, "-" + property, null).sort()).isEqualTo("-" + property);
    }

    @Test
    void theCategoryNameSortsThePageOnlyAsTheApiReadsNoJoin() {
        assertThat(ProductSorting.isSortable("category")).isTrue();
        assertThatThrownBy(() -> ProductSorting.API.check(Pageable.from(0, 20, Sort.of(Sort.Order.asc("category")))))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void anUnknownPropertyIsABadRequestNamingTheAllowedOnes() {
        assertThatThrownBy(() -> ProductSorting.API.check(Pageable.from(0, 20, Sort.of(Sort.Order.asc("password")))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.getMessage()).contains("'password'");
                    assertThat(problem.status().getCode()).isEqualTo(400);
                });
    }

    @Test
    void anUnsortedRequestIsSortedByIdSoPagesAreStable() {
        assertThat(ProductSorting.API.check(Pageable.from(2, 20)).getOrderBy()).containsExactly(Sort.Order.asc("id"));
    }
}

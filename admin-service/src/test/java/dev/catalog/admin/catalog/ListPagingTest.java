package dev.catalog.admin.catalog;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** page, size and sort as a client sends them, after the binder has split the values at commas. */
class ListPagingTest {

    @Test
    void eachPropertyTakesTheDirectionAfterIt() {
        // sort=name,desc&sort=id&sort=price,ASC
        Pageable pageable = new ListPaging(2, 10, List.of("name", "desc", "id", "price", "ASC")).pageable();

        assertThat(pageable.getNumber()).isEqualTo(2);
        assertThat(pageable.getSize()).isEqualTo(10);
        assertThat(pageable.getOrderBy()).containsExactly(
                Sort.Order.desc("name"), Sort.Order.asc("id"), Sort.Order.asc("price"));
    }

    @Test
    void withoutParametersTheFirstFullPageUnsorted() {
        Pageable pageable = new ListPaging(null, null, null).pageable();

        assertThat(pageable.getNumber()).isZero();
        assertThat(pageable.getSize()).isEqualTo(ListPaging.MAX_SIZE);
        assertThat(pageable.isSorted()).isFalse();
    }

    @Test
    void aDirectionWithoutPropertyIsRefused() {
        assertThatThrownBy(() -> new ListPaging(0, 10, List.of("desc")).pageable())
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("desc");
        assertThatThrownBy(() -> new ListPaging(0, 10, List.of("name", " ")).pageable())
                .isInstanceOf(ProblemException.class);
    }
}

package dev.catalog.admin.catalog;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/** One page of a staff list: the items, where the page is, and how many items there are in all. */
@Serdeable
record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        return new PageView<>(page.getContent().stream().map(view).toList(), page.getPageNumber(), page.getSize(),
                page.getTotalSize(), page.getTotalPages());
    }
}

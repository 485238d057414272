package dev.catalog.admin.catalog;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a staff list: the items, where the page is, whether another follows, and how many there are. */
@Serdeable
record PageView<T>(
        List<T> items,
        int page,
        int size,
        @Schema(description = "Whether a next page exists; always exact.")
        boolean hasNext,
        @Schema(description = "How many items match: exact when totalExact is true, otherwise a lower bound "
                + "(products are counted no further than 1,000 beyond the page's first item).")
        long totalItems,
        @Schema(description = "Pages of totalItems; a lower bound like it when totalExact is false.")
        int totalPages,
        @Schema(description = "Whether totalItems is the exact count.")
        boolean totalExact) {

    /** A list small enough to count in full (categories, brands). */
    static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        return new PageView<>(page.getContent().stream().map(view).toList(), page.getPageNumber(), page.getSize(),
                (long) (page.getPageNumber() + 1) * page.getSize() < page.getTotalSize(),
                page.getTotalSize(), page.getTotalPages(), true);
    }

    static <E, T> PageView<T> of(CountedPage<E> page, Function<E, T> view) {
        int size = page.pageable().getSize();
        long total = page.matches().atLeast();
        return new PageView<>(page.items().stream().map(view).toList(), page.pageable().getNumber(), size,
                page.hasNext(), total, (int) ((total + size - 1) / size), page.matches().exact());
    }
}

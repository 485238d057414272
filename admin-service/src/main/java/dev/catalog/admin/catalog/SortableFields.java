package dev.catalog.admin.catalog;

import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The properties a staff list may be sorted by; anything else is a 400, not an SQL error. */
record SortableFields(Set<String> allowed) {

    /** {@code pageable} with its sort checked, and sorted by id when the client named no order. */
    Pageable check(Pageable pageable) {
        for (Sort.Order order : pageable.getOrderBy()) {
            if (!allowed.contains(order.getProperty())) {
                throw new InvalidSortException(order.getProperty(), allowed);
            }
        }
        return pageable.isSorted() ? pageable : pageable.order(Sort.Order.asc("id"));
    }

    private static final class InvalidSortException extends ProblemException {

        InvalidSortException(String property, Set<String> allowed) {
            super(HttpStatus.BAD_REQUEST, "invalid-sort", "Invalid input", "Cannot sort by '" + property + "'.",
                    List.of(new Problem.InvalidParam("sort", "must be one of " + new TreeSet<>(allowed)
                            + ", optionally followed by ,asc or ,desc")));
        }
    }
}

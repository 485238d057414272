package dev.catalog.admin.catalog;

import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A staff list's paging as the admin API documents it: plain {@code page}, {@code size} and repeatable
 * {@code sort=property[,asc|desc]} query parameters (what Micronaut Data's own Pageable binding reads,
 * which OpenAPI tools could only describe as one opaque object). Sort properties are checked by each
 * list's {@link SortableFields}. {@code page} and {@code size} are never null once bound (their defaults);
 * {@code @Nullable} tells the OpenAPI document they are optional.
 */
@Introspected
record ListPaging(
        @QueryValue(defaultValue = "0") @Min(0) @Nullable
        @Parameter(description = "Zero-based page number.")
        Integer page,
        @QueryValue(defaultValue = "" + MAX_SIZE) @Min(1) @Max(MAX_SIZE) @Nullable
        @Parameter(description = "Items per page.")
        Integer size,
        @QueryValue @Nullable
        @Parameter(description = "A property to sort by, optionally followed by `,asc` or `,desc` (`name,desc`); "
                + "repeat the parameter to sort by several. Without it, by id.", explode = Explode.TRUE)
        List<String> sort) {

    static final int MAX_SIZE = 100;

    Pageable pageable() {
        return Pageable.from(page == null ? 0 : page, size == null ? MAX_SIZE : size, Sort.of(orders()));
    }

    // The binder splits a value at commas, so `sort=name,desc&sort=id` arrives as [name, desc, id]: a
    // direction belongs to the property before it (no property is called asc or desc).
    private List<Sort.Order> orders() {
        List<Sort.Order> orders = new ArrayList<>();
        String property = null;
        for (String token : sort == null ? List.<String>of() : sort) {
            String word = token.trim();
            String direction = word.toLowerCase(Locale.ROOT);
            if (direction.equals("asc") || direction.equals("desc")) {
                if (property == null) {
                    throw new InvalidSortException(token);
                }
                orders.add(direction.equals("asc") ? Sort.Order.asc(property) : Sort.Order.desc(property));
                property = null;
            } else if (word.isEmpty()) {
                throw new InvalidSortException(token);
            } else {
                if (property != null) {
                    orders.add(Sort.Order.asc(property));
                }
                property = word;
            }
        }
        if (property != null) {
            orders.add(Sort.Order.asc(property));
        }
        return orders;
    }

    private static final class InvalidSortException extends ProblemException {

        InvalidSortException(String token) {
            super(HttpStatus.BAD_REQUEST, "invalid-sort", "Invalid input", "Cannot sort by '" + token + "'.",
                    List.of(new Problem.InvalidParam("sort", "must be a property, optionally followed by ,asc or ,desc")));
        }
    }
}

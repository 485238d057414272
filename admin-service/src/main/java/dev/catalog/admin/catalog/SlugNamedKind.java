package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.FieldDiff;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;

import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * What tells one kind of slug-named object apart in {@link SlugNamedEdits}: its name in messages, codes
 * and the history, its database constraints, and how to read and compare it.
 *
 * @param type              "category", "brand"
 * @param slugConstraint    the unique constraint on its slug
 * @param productForeignKey product's foreign key to it
 * @param inUse             the problem of deleting one that products still use
 */
record SlugNamedKind<T>(String type, String slugConstraint, String productForeignKey,
                        Function<T, Long> id, Function<T, String> slug, Function<T, Long> version,
                        Changes<T> changes, LongFunction<ProblemException> inUse) {

    /** The fields history shows; a null side is an object being created or deleted. */
    interface Changes<T> {
        FieldDiff between(@Nullable T before, @Nullable T after);
    }
}

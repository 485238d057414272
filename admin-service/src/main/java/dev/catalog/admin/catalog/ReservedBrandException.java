package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Brand;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

/** The brand products get when they have none (V11) keeps its slug and stays. */
class ReservedBrandException extends ProblemException {

    ReservedBrandException(String what) {
        super(HttpStatus.CONFLICT, "brand.reserved", "Brand reserved",
                "The brand '" + Brand.UNBRANDED_SLUG + "' is where products without a brand go; " + what
                        + ". Rename it if you like; its slug stays.");
    }
}

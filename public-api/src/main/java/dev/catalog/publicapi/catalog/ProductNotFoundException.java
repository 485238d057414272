package dev.catalog.publicapi.catalog;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

/** No published product matches; drafts and archived products are reported exactly like missing ones. */
class ProductNotFoundException extends ProblemException {

    ProductNotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, "product.not-found", "Product not found", "No published product has " + what + ".");
    }
}

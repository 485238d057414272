package dev.catalog.admin.catalog;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

class BrandInUseException extends ProblemException {

    BrandInUseException(long id) {
        super(HttpStatus.CONFLICT, "brand.in-use", "Brand still has products",
                "Brand " + id + " still has products; give them another brand or delete them first.");
    }
}

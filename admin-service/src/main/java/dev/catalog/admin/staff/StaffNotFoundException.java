package dev.catalog.admin.staff;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

class StaffNotFoundException extends ProblemException {

    StaffNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, "staff.not-found", "Not found", "No staff member has id " + id + ".");
    }
}

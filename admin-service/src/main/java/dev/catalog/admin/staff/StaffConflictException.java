package dev.catalog.admin.staff;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

// 409: the form was valid, but another administrator saved this staff member first.
class StaffConflictException extends ProblemException {

    StaffConflictException(String username) {
        super(HttpStatus.CONFLICT, "staff.version-conflict", "Edited a stale version",
                "Someone else changed " + username + " while you were editing. Nothing was saved; "
                        + "their values are shown below, save again to replace them with yours.");
    }
}

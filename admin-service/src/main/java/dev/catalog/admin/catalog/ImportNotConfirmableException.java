package dev.catalog.admin.catalog;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

class ImportNotConfirmableException extends ProblemException {

    ImportNotConfirmableException(long importId, String reason) {
        super(HttpStatus.CONFLICT, "import.not-confirmable", "Cannot confirm",
                "Import " + importId + " cannot be confirmed: " + reason + ".");
    }
}

package dev.catalog.admin.catalog;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

// 409, not 400: the edit was valid, but someone saved this object since the client read it.
class VersionConflictException extends ProblemException {

    VersionConflictException(String kind, long id, long editedVersion) {
        super(HttpStatus.CONFLICT, kind + ".version-conflict", "Edited a stale version",
                "The " + kind + " " + id + " was changed by someone else since version " + editedVersion
                        + "; read it again and reapply the change. Nothing was changed.");
    }
}

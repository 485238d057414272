package dev.catalog.admin.web;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

/** An update that does not say which version it edits could silently overwrite someone else's change. */
public class VersionRequiredException extends ProblemException {

    VersionRequiredException() {
        super(HttpStatus.PRECONDITION_REQUIRED, "version-required", "Version required",
                "Send the version you edit, as a \"version\" field or an If-Match header.");
    }
}

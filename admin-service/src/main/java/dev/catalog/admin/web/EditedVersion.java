package dev.catalog.admin.web;

import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * The version an edit applies to, from an {@code If-Match} header (the ETag we sent, {@code "3"}) or
 * a {@code version} field in the body. Either will do; when both are sent they must agree.
 */
public final class EditedVersion {

    private EditedVersion() {
    }

    public static long require(@Nullable String ifMatch, @Nullable Long bodyVersion) {
        Long headerVersion = ifMatch == null ? null : parse(ifMatch);
        if (headerVersion != null && bodyVersion != null && !headerVersion.equals(bodyVersion)) {
            throw invalid("If-Match", "names version " + headerVersion + " but the body says " + bodyVersion);
        }
        Long version = headerVersion != null ? headerVersion : bodyVersion;
        if (version == null) {
            throw new VersionRequiredException();
        }
        return version;
    }

    /** The ETag of an object at {@code version}. */
    public static String etag(@Nullable Long version) {
        return "\"" + version + "\"";
    }

    private static long parse(String ifMatch) {
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw invalid("If-Match", "must be the ETag of the object you edit, such as \"3\"");
        }
    }

    private static ProblemException invalid(String name, String reason) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-version", "Invalid input", name + " " + reason,
                List.of(new Problem.InvalidParam(name, reason))) {
        };
    }
}

package dev.catalog.admin.web;

import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import jakarta.validation.ConstraintViolation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Messages to show next to form fields, by field name, plus one for the whole form. */
public final class FormErrors {

    public static final String FORM = "_form";

    private final Map<String, String> byField = new LinkedHashMap<>();

    public FormErrors reject(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public FormErrors rejectAll(Set<? extends ConstraintViolation<?>> violations) {
        violations.forEach(violation -> reject(lastNode(violation), violation.getMessage()));
        return this;
    }

    /** A rule the service enforced (a taken sku, an unknown category) becomes a message on its field. */
    public FormErrors reject(ProblemException problem) {
        Problem body = problem.toProblem("");
        if (body.errors() == null || body.errors().isEmpty()) {
            return reject(FORM, problem.getMessage());
        }
        body.errors().forEach(error -> reject(error.name(), error.reason()));
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** For templates: {@code errors.fields['price']}. */
    public Map<String, String> getFields() {
        return byField;
    }

    private static String lastNode(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}

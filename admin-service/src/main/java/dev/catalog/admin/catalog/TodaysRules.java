package dev.catalog.admin.catalog;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.Set;

/** A version brought back from history met the rules of its day; it must meet today's, which may be stricter. */
final class TodaysRules {

    private TodaysRules() {
    }

    static <C> C check(Validator validator, C command) {
        Set<ConstraintViolation<C>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return command;
    }
}

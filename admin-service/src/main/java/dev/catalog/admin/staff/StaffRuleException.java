package dev.catalog.admin.staff;

import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.List;

/** A staff change that breaks a rule; it names the field, so a form can show it in place. */
class StaffRuleException extends ProblemException {

    StaffRuleException(String field, String reason) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "staff.rule-broken", "Invalid staff change", field + " " + reason,
                List.of(new Problem.InvalidParam(field, reason)));
    }
}

package dev.catalog.support.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bean-validation failures become one 400 problem that lists every bad field, in a stable order. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationProblemHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.InvalidParam> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.InvalidParam(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        Problem problem = Problem.of(400, "validation-failed", "Invalid input",
                errors.size() + " field(s) are invalid", request.getPath(), errors);
        return problem.toResponse();
    }

    /**
     * {@code create.command.price} names the field {@code price}; {@code list.limit} names the
     * parameter {@code limit}. The method node is dropped, and so is the body parameter's own name.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> parameters = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameters.add(node.getName());
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                properties.add(node.getName());
            }
        }
        List<String> path = properties.isEmpty() ? parameters : properties;
        return String.join(".", path);
    }
}

package dev.catalog.publicapi.catalog;

import dev.catalog.support.problem.ProblemException;
import io.micronaut.http.HttpStatus;

class CategoryNotFoundException extends ProblemException {

    CategoryNotFoundException(String slug) {
        super(HttpStatus.NOT_FOUND, "category.not-found", "Category not found", "No category has slug " + slug + ".");
    }
}

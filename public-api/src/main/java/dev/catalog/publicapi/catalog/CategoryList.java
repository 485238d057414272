package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.CategoryView;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Every category, by name. Wrapped in an object so fields can be added without breaking clients. */
@Serdeable
record CategoryList(List<CategoryView> items) {
}

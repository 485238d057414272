package dev.catalog.publicapi.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.catalog.model.catalog.CategoryView;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Every category, by name. Wrapped in an object so fields can be added without breaking clients. */
@Serdeable
// Serde leaves out empty lists by default; an empty catalog must still answer {"items":[]}.
@JsonInclude(JsonInclude.Include.ALWAYS)
record CategoryList(List<CategoryView> items) {
}

package dev.catalog.publicapi.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.catalog.model.catalog.ProductView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of published products; {@code nextCursor} is null on the last page. */
@Serdeable
// Serde leaves out nulls and empty lists by default; clients are promised both fields on every page.
@JsonInclude(JsonInclude.Include.ALWAYS)
record ProductPage(List<ProductView> items, @Nullable String nextCursor) {
}

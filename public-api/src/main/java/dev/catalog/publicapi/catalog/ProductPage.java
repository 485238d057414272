package dev.catalog.publicapi.catalog;

import dev.catalog.model.catalog.ProductView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of published products; {@code nextCursor} is null on the last page. */
@Serdeable
record ProductPage(List<ProductView> items, @Nullable String nextCursor) {
}

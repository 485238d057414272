package dev.catalog.model.catalog;

import io.micronaut.serde.annotation.Serdeable;

/** The brand of a product as the public sees it: its slug and name, never its internal id. */
@Serdeable
public record BrandRef(String slug, String name) {
}

package dev.catalog.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One field's value before and after a change, as text (prices as decimals, statuses by name). */
@Serdeable
public record FieldChange(@Nullable String from, @Nullable String to) {
}

package dev.catalog.admin.audit;

import dev.catalog.model.catalog.Prices;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Collects the fields that differ between two versions of an object, in the order they are compared. */
public final class FieldDiff {

    private final Map<String, FieldChange> changes = new LinkedHashMap<>();

    public FieldDiff field(String name, @Nullable Object before, @Nullable Object after) {
        String from = text(before);
        String to = text(after);
        if (!Objects.equals(from, to)) {
            changes.put(name, new FieldChange(from, to));
        }
        return this;
    }

    /** The fields as they are after the change; a field that became empty is absent. */
    public Map<String, String> newValues() {
        Map<String, String> values = new LinkedHashMap<>();
        changes.forEach((field, change) -> {
            if (change.to() != null) {
                values.put(field, change.to());
            }
        });
        return values;
    }

    public Map<String, FieldChange> changes() {
        return changes;
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    // Prices are compared and shown as the API writes them: 19.9 and 19.90 are both "19.90".
    @Nullable
    private static String text(@Nullable Object value) {
        if (value instanceof BigDecimal price) {
            return Prices.format(price);
        }
        return value == null ? null : value.toString();
    }
}

package dev.catalog.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/** An object's fields as they were right after history entry {@code entry}, as history shows them (text). */
@Serdeable
public record PastVersion(
        @Schema(description = "The change that made this version.") HistoryEntry entry,
        @Schema(description = "Every field of the object then, as history shows it; an empty field is absent.")
        Map<String, String> fields) {

    @Nullable
    public String field(String name) {
        return fields.get(name);
    }
}

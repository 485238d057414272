package dev.catalog.admin.audit;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/** One change as staff see it in history: who did what to which object, when, field by field. */
@Serdeable
public record HistoryEntry(
        Instant occurredAt,
        String actor,
        AuditAction action,
        String objectType,
        long objectId,
        String objectLabel,
        Map<String, FieldChange> changes) {
}

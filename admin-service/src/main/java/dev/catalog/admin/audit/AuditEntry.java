package dev.catalog.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** One recorded change; {@code changes} is the JSON field-by-field diff (where it came from: {@link AuditOriginRepository}). */
@MappedEntity("audit_entry")
record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String objectType,
        long objectId,
        String objectLabel,
        @TypeDef(type = DataType.JSON) String changes) {
}

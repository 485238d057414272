package dev.catalog.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends CrudRepository<AuditEntry, Long> {

    /** Newest first; a null actor, type or object id matches every one. */
    @Query("""
            SELECT * FROM audit_entry
            WHERE (CAST(:actor AS varchar) IS NULL OR actor = :actor)
              AND (CAST(:objectType AS varchar) IS NULL OR object_type = :objectType)
              AND (CAST(:objectId AS bigint) IS NULL OR object_id = :objectId)
            ORDER BY occurred_at DESC, id DESC
            LIMIT :size OFFSET :offset""")
    List<AuditEntry> findNewest(@Nullable String actor, @Nullable String objectType, @Nullable Long objectId,
                                int size, long offset);

    /** The object's entries recorded after {@code entry}, newest first. */
    @Query("""
            SELECT * FROM audit_entry
            WHERE object_type = :objectType AND object_id = :objectId
              AND (occurred_at, id) > (:occurredAt, :entryId)
            ORDER BY occurred_at DESC, id DESC""")
    List<AuditEntry> findLater(String objectType, long objectId, Instant occurredAt, long entryId);

    @Query("SELECT DISTINCT actor FROM audit_entry ORDER BY actor")
    List<String> findActors();
}

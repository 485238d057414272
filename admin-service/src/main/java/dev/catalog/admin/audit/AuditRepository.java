package dev.catalog.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

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

    /**
     * The object's entries recorded after {@code entryId}, newest first. By id, not by time: entries of
     * one object are written under its row lock, so their ids follow their commits, whichever instance's
     * clock stamped them.
     */
    @Query("""
            SELECT * FROM audit_entry
            WHERE object_type = :objectType AND object_id = :objectId AND id > :entryId
            ORDER BY id DESC""")
    List<AuditEntry> findLater(String objectType, long objectId, long entryId);

    /** The object's newest entry, by id (see {@link #findLater}). */
    @Query("""
            SELECT * FROM audit_entry WHERE object_type = :objectType AND object_id = :objectId
            ORDER BY id DESC LIMIT 1""")
    Optional<AuditEntry> findNewestOf(String objectType, long objectId);

    @Query("SELECT DISTINCT actor FROM audit_entry ORDER BY actor")
    List<String> findActors();
}

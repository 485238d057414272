package dev.catalog.admin.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** Where recorded changes came from (V17: a table beside audit_entry, whose row type older builds rely on). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditOriginRepository extends GenericRepository<AuditEntry, Long> {

    @Query("INSERT INTO audit_origin (entry_id, origin, origin_id) VALUES (:entryId, :origin, :originId)")
    void insert(long entryId, String origin, long originId);

    @Query("SELECT entry_id, origin, origin_id FROM audit_origin WHERE entry_id IN (:entryIds)")
    List<Row> findOf(Collection<Long> entryIds);

    @Introspected
    record Row(long entryId, String origin, long originId) {
    }
}

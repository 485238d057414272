package dev.catalog.admin.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScheduledChangeRepository extends CrudRepository<ScheduledChange, Long> {

    String VIEW = """
            SELECT s.id, s.product_id, p.sku, p.name AS product_name, s.action, s.run_at, s.scheduled_by,
                   s.created_at, s.failure
            FROM scheduled_change s JOIN product p ON p.id = s.product_id""";

    /**
     * Up to {@code limit} changes due by the database's clock (one clock for every instance), locked for
     * this transaction with their products (in the order a product's deletion takes them, product first,
     * so the two never deadlock); rows another transaction holds are skipped, not waited for.
     */
    @Query("""
            SELECT s.* FROM scheduled_change s JOIN product p ON p.id = s.product_id
            WHERE s.run_at <= now() AND s.failure IS NULL
            ORDER BY s.run_at, s.id
            LIMIT :limit
            FOR UPDATE OF p, s SKIP LOCKED""")
    List<ScheduledChange> lockDue(int limit);

    /**
     * Due changes whose scheduler can no longer edit (deactivated, made a VIEWER, gone) are refused with
     * the reason rather than done in their name.
     */
    @Query("""
            UPDATE scheduled_change s
            SET failure = 'scheduled by ' || s.scheduled_by || ', who can no longer edit products'
            WHERE s.run_at <= now() AND s.failure IS NULL
              AND NOT EXISTS (SELECT FROM staff_user u WHERE u.username = s.scheduled_by AND u.active
                                                        AND u.role IN ('EDITOR', 'ADMIN'))""")
    int refuseUnauthorised();

    /** Every change not run yet (the failed ones too), soonest first; a null product means every product's. */
    @Query(VIEW + """

            WHERE (CAST(:productId AS bigint) IS NULL OR s.product_id = :productId)
            ORDER BY s.run_at, s.id
            LIMIT :limit""")
    List<ScheduledChangeView> findPending(@Nullable Long productId, int limit);

    @Query(VIEW + " WHERE s.product_id IN (:productIds) ORDER BY s.run_at, s.id")
    List<ScheduledChangeView> findPendingOf(List<Long> productIds);

    /** How many rows it deleted: 0 when the change ran (or was cancelled) first. */
    @Query("DELETE FROM scheduled_change WHERE id = :id")
    int deleteWaiting(long id);

    @Query("UPDATE scheduled_change SET failure = :failure WHERE id = :id")
    void markFailed(long id, String failure);
}

package dev.catalog.admin.signin;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginFailureRepository extends CrudRepository<LoginFailure, Long> {

    /** When the newest failures since {@code since} happened, newest first, at most {@code limit}. */
    @Query("""
            SELECT failed_at FROM login_failure
            WHERE username = :username AND failed_at > :since
            ORDER BY failed_at DESC LIMIT :limit""")
    List<Instant> findRecent(String username, Instant since, int limit);

    @Query("DELETE FROM login_failure WHERE username = :username OR failed_at < :agedOut")
    void forget(String username, Instant agedOut);
}

package dev.catalog.admin.token;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiTokenRepository extends CrudRepository<ApiToken, Long> {

    /** The owner of a live token, if the owner is still active: one indexed lookup per API call. */
    @Query("""
            SELECT t.id AS token_id, u.username, u.role FROM api_token t
            JOIN staff_user u ON u.id = t.staff_user_id
            WHERE t.secret_sha256 = :secretSha256 AND t.revoked_at IS NULL AND u.active""")
    Optional<TokenOwner> findLiveOwner(String secretSha256);

    @Query("""
            SELECT t.* FROM api_token t JOIN staff_user u ON u.id = t.staff_user_id
            WHERE u.username = :username ORDER BY t.id""")
    List<ApiToken> findByOwner(String username);

    // Touching last_used_at at most once a minute keeps a busy script from writing on every call.
    @Query("""
            UPDATE api_token SET last_used_at = :now
            WHERE id = :id AND (last_used_at IS NULL OR last_used_at < CAST(:now AS timestamptz) - interval '1 minute')""")
    void touch(long id, Instant now);

    @Query("""
            UPDATE api_token SET revoked_at = :now
            WHERE id = :id AND revoked_at IS NULL
              AND staff_user_id = (SELECT id FROM staff_user WHERE username = :username)""")
    long revoke(long id, String username, Instant now);

    @Query("SELECT id FROM staff_user WHERE username = :username")
    Optional<Long> findStaffUserId(String username);
}

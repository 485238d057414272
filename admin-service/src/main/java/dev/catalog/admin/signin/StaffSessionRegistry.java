package dev.catalog.admin.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.session.SessionConfiguration;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The index of signed-in staff sessions (table staff_session, keyed by a hash of the session id): who,
 * since when, last seen, from which client address (the trusted-proxy rule) and browser. It is what
 * makes a session live: one whose row is gone, or that outlived the absolute lifetime, is signed out at
 * its next request, on whichever instance that lands.
 */
@Singleton
public class StaffSessionRegistry {

    /** last_seen_at is written at most this often per session, not on every request. */
    private static final Duration SEEN_PRECISION = Duration.ofMinutes(1);
    private static final int MAX_USER_AGENT = 300;

    private final JdbcOperations jdbc;
    private final HttpClientAddressResolver addresses;
    private final SessionLifetimeConfiguration lifetime;
    private final Duration idleTimeout;
    private final Clock clock = Clock.systemUTC();

    StaffSessionRegistry(JdbcOperations jdbc, HttpClientAddressResolver addresses,
                         SessionLifetimeConfiguration lifetime, SessionConfiguration sessions) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.lifetime = lifetime;
        this.idleTimeout = sessions.getMaxInactiveInterval();
    }

    /** One live session of a member, as the sessions pages show it. */
    public record StaffSession(String idHash, Instant startedAt, Instant lastSeenAt, String clientAddress,
                               String userAgent) {
    }

    @Transactional
    void record(String sessionId, long staffId, HttpRequest<?> request) {
        String userAgent = request.getHeaders().get(HttpHeaders.USER_AGENT, String.class).orElse("");
        String address = Optional.ofNullable(addresses.resolve(request)).orElse("");
        jdbc.prepareStatement("""
                INSERT INTO staff_session (id_hash, staff_id, client_address, user_agent) VALUES (?, ?, ?, ?)""",
                statement -> {
                    statement.setString(1, SecretHashes.sha256(sessionId));
                    statement.setLong(2, staffId);
                    statement.setString(3, address.length() > 64 ? address.substring(0, 64) : address);
                    statement.setString(4, userAgent.length() > MAX_USER_AGENT
                            ? userAgent.substring(0, MAX_USER_AGENT) : userAgent);
                    return statement.executeUpdate();
                });
        forgetExpired(staffId);
    }

    /** Whether the session may go on: its row exists and it is within its absolute lifetime. */
    @Transactional
    boolean isLive(String sessionId) {
        String idHash = SecretHashes.sha256(sessionId);
        Instant now = clock.instant();
        // A read on every staff request; the row is written (last seen) at most once a minute.
        Optional<Instant[]> times = jdbc.prepareStatement(
                "SELECT started_at, last_seen_at FROM staff_session WHERE id_hash = ?", statement -> {
                    statement.setString(1, idHash);
                    ResultSet row = statement.executeQuery();
                    return row.next()
                            ? Optional.of(new Instant[]{row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant()})
                            : Optional.<Instant[]>empty();
                });
        if (times.isEmpty()) {
            return false;
        }
        if (times.get()[0].plus(lifetime.maxLifetime()).isBefore(now)) {
            end(idHash);
            return false;
        }
        if (times.get()[1].isBefore(now.minus(SEEN_PRECISION))) {
            jdbc.prepareStatement("UPDATE staff_session SET last_seen_at = ? WHERE id_hash = ?", statement -> {
                statement.setTimestamp(1, Timestamp.from(now));
                statement.setString(2, idHash);
                return statement.executeUpdate();
            });
        }
        return true;
    }

    @ReadOnly
    public List<StaffSession> liveSessionsOf(long staffId) {
        Instant now = clock.instant();
        return jdbc.prepareStatement("""
                SELECT id_hash, started_at, last_seen_at, client_address, user_agent FROM staff_session
                WHERE staff_id = ? AND started_at > ? AND last_seen_at > ?
                ORDER BY last_seen_at DESC""", statement -> {
            statement.setLong(1, staffId);
            statement.setTimestamp(2, Timestamp.from(now.minus(lifetime.maxLifetime())));
            statement.setTimestamp(3, Timestamp.from(now.minus(idleTimeout)));
            ResultSet rows = statement.executeQuery();
            List<StaffSession> sessions = new ArrayList<>();
            while (rows.next()) {
                sessions.add(session(rows));
            }
            return sessions;
        });
    }

    /** The hash a session is listed under, to tell "this session" apart. */
    public static String idHashOf(String sessionId) {
        return SecretHashes.sha256(sessionId);
    }

    /** Ends one session of {@code staffId}; answers whether there was one. */
    @Transactional
    public boolean end(long staffId, String idHash) {
        return jdbc.prepareStatement("DELETE FROM staff_session WHERE staff_id = ? AND id_hash = ?", statement -> {
            statement.setLong(1, staffId);
            statement.setString(2, idHash);
            return statement.executeUpdate() == 1;
        });
    }

    /** Ends every session of {@code staffId} but {@code keepSessionId} (null: all); answers how many. */
    @Transactional
    public int endAll(long staffId, @Nullable String keepSessionId) {
        String keep = keepSessionId == null ? "" : SecretHashes.sha256(keepSessionId);
        return jdbc.prepareStatement("DELETE FROM staff_session WHERE staff_id = ? AND id_hash <> ?", statement -> {
            statement.setLong(1, staffId);
            statement.setString(2, keep);
            return statement.executeUpdate();
        });
    }

    @Transactional
    void endSession(String sessionId) {
        end(SecretHashes.sha256(sessionId));
    }

    private void end(String idHash) {
        jdbc.prepareStatement("DELETE FROM staff_session WHERE id_hash = ?", statement -> {
            statement.setString(1, idHash);
            return statement.executeUpdate();
        });
    }

    private void forgetExpired(long staffId) {
        Instant now = clock.instant();
        jdbc.prepareStatement("DELETE FROM staff_session WHERE staff_id = ? AND (started_at < ? OR last_seen_at < ?)",
                statement -> {
                    statement.setLong(1, staffId);
                    statement.setTimestamp(2, Timestamp.from(now.minus(lifetime.maxLifetime())));
                    statement.setTimestamp(3, Timestamp.from(now.minus(idleTimeout)));
                    return statement.executeUpdate();
                });
    }

    private static StaffSession session(ResultSet row) throws SQLException {
        return new StaffSession(row.getString("id_hash"), row.getTimestamp("started_at").toInstant(),
                row.getTimestamp("last_seen_at").toInstant(), row.getString("client_address"),
                row.getString("user_agent"));
    }
}

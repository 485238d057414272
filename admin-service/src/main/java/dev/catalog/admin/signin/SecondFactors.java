package dev.catalog.admin.signin;

import dev.catalog.admin.audit.AuditAction;
import dev.catalog.admin.audit.AuditService;
import dev.catalog.admin.audit.FieldDiff;
import dev.catalog.admin.staff.StaffUser;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Staff members' second factor: enrolment (a TOTP key confirmed by a code, and ten single-use recovery
 * codes), the second step of signing in, and an administrator's reset. Each code is good once: a TOTP
 * step at or before the last one used is refused, a recovery code is marked used in the same statement
 * that accepts it.
 */
@Singleton
public class SecondFactors {

    static final int RECOVERY_CODES = 10;
    private static final char[] CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final JdbcOperations jdbc;
    private final TotpCodes totp;
    private final AuditService audit;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(JdbcOperations jdbc, TotpCodes totp, AuditService audit) {
        this.jdbc = jdbc;
        this.totp = totp;
        this.audit = audit;
    }

    /** When {@code staffId} enrolled, if they have. */
    @ReadOnly
    public Optional<Instant> enrolledAt(long staffId) {
        return jdbc.prepareStatement("SELECT enrolled_at FROM staff_second_factor WHERE staff_id = ?", statement -> {
            statement.setLong(1, staffId);
            ResultSet row = statement.executeQuery();
            return row.next() ? Optional.of(row.getTimestamp(1).toInstant()) : Optional.<Instant>empty();
        });
    }

    public boolean isEnrolled(long staffId) {
        return enrolledAt(staffId).isPresent();
    }

    @ReadOnly
    public int recoveryCodesLeft(long staffId) {
        return jdbc.prepareStatement(
                "SELECT count(*) FROM staff_recovery_code WHERE staff_id = ? AND used_at IS NULL", statement -> {
                    statement.setLong(1, staffId);
                    ResultSet row = statement.executeQuery();
                    row.next();
                    return row.getInt(1);
                });
    }

    /**
     * Enrols {@code member} with {@code secret} once {@code code} proves their app has it; answers the
     * recovery codes, to be shown once. Empty if the code is not valid (nothing is stored).
     */
    @Transactional
    public Optional<List<String>> enrol(StaffUser member, String secret, String code) {
        OptionalLong step = totp.stepOf(secret, code);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        jdbc.prepareStatement("""
                INSERT INTO staff_second_factor (staff_id, secret, last_used_step) VALUES (?, ?, ?)
                ON CONFLICT (staff_id) DO UPDATE
                SET secret = excluded.secret, last_used_step = excluded.last_used_step, enrolled_at = now()""",
                statement -> {
                    statement.setLong(1, member.id());
                    statement.setString(2, secret);
                    statement.setLong(3, step.getAsLong());
                    return statement.executeUpdate();
                });
        List<String> codes = replaceRecoveryCodes(member.id());
        audit.record(AuditAction.UPDATE, "staff_user", member.id(), member.username(),
                new FieldDiff().field("secondFactor", "off", "on"));
        return Optional.of(codes);
    }

    /** The second step: a current TOTP code not used before, or an unused recovery code. */
    @Transactional
    public boolean accept(long staffId, String code) {
        String secret = secretOf(staffId).orElse(null);
        if (secret == null) {
            return false;
        }
        OptionalLong step = totp.stepOf(secret, code);
        if (step.isPresent()) {
            return jdbc.prepareStatement("""
                    UPDATE staff_second_factor SET last_used_step = ?
                    WHERE staff_id = ? AND last_used_step < ?""", statement -> {
                statement.setLong(1, step.getAsLong());
                statement.setLong(2, staffId);
                statement.setLong(3, step.getAsLong());
                return statement.executeUpdate() == 1;
            });
        }
        String normalized = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
        return jdbc.prepareStatement("""
                UPDATE staff_recovery_code SET used_at = now()
                WHERE staff_id = ? AND code_hash = ? AND used_at IS NULL""", statement -> {
            statement.setLong(1, staffId);
            statement.setString(2, SecretHashes.sha256(normalized));
            return statement.executeUpdate() == 1;
        });
    }

    /** An administrator takes away {@code member}'s second factor (lost phone): they enrol again. */
    @Transactional
    public boolean reset(StaffUser member) {
        int removed = jdbc.prepareStatement("DELETE FROM staff_second_factor WHERE staff_id = ?", statement -> {
            statement.setLong(1, member.id());
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM staff_recovery_code WHERE staff_id = ?", statement -> {
            statement.setLong(1, member.id());
            return statement.executeUpdate();
        });
        if (removed == 1) {
            audit.record(AuditAction.UPDATE, "staff_user", member.id(), member.username(),
                    new FieldDiff().field("secondFactor", "on", "reset"));
        }
        return removed == 1;
    }

    private Optional<String> secretOf(long staffId) {
        return jdbc.prepareStatement("SELECT secret FROM staff_second_factor WHERE staff_id = ?", statement -> {
            statement.setLong(1, staffId);
            ResultSet row = statement.executeQuery();
            return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
        });
    }

    private List<String> replaceRecoveryCodes(long staffId) {
        jdbc.prepareStatement("DELETE FROM staff_recovery_code WHERE staff_id = ?", statement -> {
            statement.setLong(1, staffId);
            return statement.executeUpdate();
        });
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            codes.add(code);
            jdbc.prepareStatement("INSERT INTO staff_recovery_code (staff_id, code_hash) VALUES (?, ?)", statement -> {
                statement.setLong(1, staffId);
                statement.setString(2, SecretHashes.sha256(code));
                return statement.executeUpdate();
            });
        }
        return codes;
    }

    // 12 characters of a 31-letter alphabet (no 0/o, 1/l/i): about 59 random bits, as xxxx-xxxx-xxxx.
    private String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}

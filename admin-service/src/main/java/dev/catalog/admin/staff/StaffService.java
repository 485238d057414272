package dev.catalog.admin.staff;

import dev.catalog.admin.audit.AuditAction;
import dev.catalog.admin.audit.AuditService;
import dev.catalog.admin.audit.FieldDiff;
import dev.catalog.admin.roles.StaffRole;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Staff accounts: who exists, with which role, and their passwords. Every change is in the history,
 * passwords only as "changed". At least one active administrator always remains.
 */
@Singleton
class StaffService {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,64}$");
    private static final String CHANGED = "(changed)";

    private final StaffRepository staff;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AuditService audit;
    private final ApplicationEventPublisher<PasswordChanged> passwordChanges;

    StaffService(StaffRepository staff, PasswordHasher hasher, PasswordPolicy policy, AuditService audit,
                 ApplicationEventPublisher<PasswordChanged> passwordChanges) {
        this.staff = staff;
        this.hasher = hasher;
        this.policy = policy;
        this.audit = audit;
        this.passwordChanges = passwordChanges;
    }

    List<StaffUser> list() {
        return staff.listOrderByUsername();
    }

    StaffUser require(long id) {
        return staff.findById(id).orElseThrow(() -> new StaffNotFoundException(id));
    }

    @Transactional
    StaffUser create(String rawUsername, StaffRole role, PasswordForm password) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new StaffRuleException("username", "must be 3 to 64 lower-case letters, digits, dots, dashes or underscores");
        }
        if (staff.existsByUsername(username)) {
            throw new StaffRuleException("username", "is already taken");
        }
        String hash = acceptedHash(password, username);
        StaffUser created = staff.save(StaffUser.create(username, hash, role));
        audit.record(AuditAction.CREATE, "staff_user", created.id(), username, new FieldDiff()
                .field("role", null, role).field("active", null, true).field("password", null, CHANGED));
        return created;
    }

    @Transactional
    StaffUser update(long id, StaffRole role, boolean active, long editedVersion, String actor) {
        StaffUser current = require(id);
        if (current.username().equals(actor) && (role != StaffRole.ADMIN || !active)) {
            throw new StaffRuleException("role", "cannot be lowered, nor your account deactivated, by yourself");
        }
        if (current.role() == StaffRole.ADMIN && current.active() && (role != StaffRole.ADMIN || !active)
                && staff.lockActiveAdministrators().size() <= 1) {
            throw new StaffRuleException("role", "must stay ADMIN: this is the last active administrator");
        }
        if (current.version() != editedVersion) {
            throw new StaffConflictException(current.username());
        }
        StaffUser edited = new StaffUser(id, current.username(), current.passwordHash(), role, active,
                editedVersion, current.createdAt(), current.updatedAt());
        StaffUser saved;
        try {
            saved = staff.update(edited);
        } catch (OptimisticLockException e) {
            throw new StaffConflictException(current.username());
        }
        audit.record(AuditAction.UPDATE, "staff_user", id, current.username(), new FieldDiff()
                .field("role", current.role(), role).field("active", current.active(), active));
        return saved;
    }

    /** An administrator sets someone's password (they forgot theirs). */
    @Transactional
    void resetPassword(long id, PasswordForm password) {
        StaffUser user = require(id);
        staff.updatePasswordHash(id, acceptedHash(password, user.username()));
        audit.record(AuditAction.UPDATE, "staff_user", id, user.username(),
                new FieldDiff().field("password", "", CHANGED));
        passwordChanges.publishEvent(new PasswordChanged(id, false));
    }

    /** Anyone changes their own password, proving they know the current one. */
    @Transactional
    void changeOwnPassword(String username, PasswordForm password) {
        StaffUser user = staff.findByUsername(username).orElseThrow();
        if (password.current() == null || !hasher.matches(password.current(), user.passwordHash())) {
            throw new StaffRuleException("current", "is not your current password");
        }
        staff.updatePasswordHash(user.id(), acceptedHash(password, username));
        audit.record(AuditAction.UPDATE, "staff_user", user.id(), username,
                new FieldDiff().field("password", "", CHANGED));
        passwordChanges.publishEvent(new PasswordChanged(user.id(), true));
    }

    private String acceptedHash(PasswordForm password, String username) {
        policy.problemWith(password.passwordOrEmpty(), username).ifPresent(problem -> {
            throw new StaffRuleException("password", problem);
        });
        if (!password.confirmed()) {
            throw new StaffRuleException("confirmation", "does not match the password");
        }
        return hasher.hash(password.passwordOrEmpty());
    }
}

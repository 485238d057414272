package dev.catalog.admin.staff;

import dev.catalog.admin.roles.StaffRole;
import dev.catalog.admin.startup.StartupLock;
import dev.catalog.support.startup.ExplainedStartupFailure;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * On a database with no staff user, creates the administrator named by ADMIN_USERNAME/ADMIN_PASSWORD.
 * Without them it says so and creates nobody: a default password would be a known password.
 */
@Singleton
class FirstAdministrator {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffRepository staff;
    private final PasswordHasher hasher;
    private final BootstrapConfiguration configuration;
    private final StartupLock startupLock;

    FirstAdministrator(StaffRepository staff, PasswordHasher hasher, BootstrapConfiguration configuration,
                       StartupLock startupLock) {
        this.staff = staff;
        this.hasher = hasher;
        this.configuration = configuration;
        this.startupLock = startupLock;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        startupLock.holdUntilCommit();
        if (staff.count() > 0) {
            return;
        }
        if (!configuration.isComplete()) {
            LOG.warn("No staff user exists and ADMIN_USERNAME/ADMIN_PASSWORD are not set: nobody can sign in. "
                    + "Set both and restart to create the first administrator.");
            return;
        }
        String username = configuration.adminUsername().trim().toLowerCase(Locale.ROOT);
        if (configuration.adminPassword().length() < MIN_PASSWORD_LENGTH) {
            throw new ExplainedStartupFailure("ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH
                    + " characters; no administrator was created.");
        }
        staff.save(StaffUser.create(username, hasher.hash(configuration.adminPassword()), StaffRole.ADMIN));
        LOG.info("Created the first administrator '{}'", username);
    }
}

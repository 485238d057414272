package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.ChangeOrigin;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the scheduled changes that are due. A transaction locks due rows (skipping those another
 * instance holds), changes each product on behalf of its scheduler, deletes the rows and commits, so each
 * change happens exactly once however many instances run this. Batches keep a midnight launch of
 * thousands quick; when a batch fails, its changes are run one per transaction, so that one the catalog
 * refuses (a rule, or a constraint of the database) is kept with its reason, not tried again, and holds
 * up no other. A fault (the database away, a deadlock) leaves everything for the next poll. A change whose
 * scheduler can no longer edit is refused, not done in their name.
 */
@Singleton
class DueScheduledChanges {

    static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(DueScheduledChanges.class);

    private final ScheduledChangeRepository schedules;
    private final ProductService products;
    private final TransactionOperations<Connection> transactions;

    DueScheduledChanges(ScheduledChangeRepository schedules, ProductService products,
                        TransactionOperations<Connection> transactions) {
        this.schedules = schedules;
        this.products = products;
        this.transactions = transactions;
    }

    /** Runs every change due now; returns how many ran. */
    int runDue() {
        int refused = transactions.executeWrite(status -> schedules.refuseUnauthorised());
        if (refused > 0) {
            LOG.warn("{} scheduled change(s) refused: their scheduler can no longer edit products", refused);
        }
        int total = 0;
        int ran;
        do {
            try {
                ran = transactions.executeWrite(status -> runAll(schedules.lockDue(BATCH)));
            } catch (ProblemException | DataAccessException failed) {
                ran = runOneByOne();
            }
            total += ran;
        } while (ran == BATCH);
        return total;
    }

    private int runOneByOne() {
        int ran = 0;
        for (int i = 0; i < BATCH; i++) {
            AtomicReference<ScheduledChange> current = new AtomicReference<>();
            try {
                int one = transactions.executeWrite(status -> {
                    List<ScheduledChange> due = schedules.lockDue(1);
                    due.forEach(current::set);
                    return runAll(due);
                });
                if (one == 0) {
                    break;
                }
                ran++;
            } catch (VersionConflictException edited) {
                break; // staff saved the product at this very moment: the next poll runs it
            } catch (ProblemException refused) {
                refuse(current.get(), refused.getMessage());
            } catch (DataAccessException failed) {
                if (isTransient(failed)) {
                    throw failed; // a deadlock, a lost connection: the next poll tries again
                }
                refuse(current.get(), "the database refused it: " + failed.getMessage());
            }
        }
        return ran;
    }

    private void refuse(ScheduledChange change, String reason) {
        LOG.warn("Scheduled change {} ({} of product {}) refused: {}", change.id(), change.action(),
                change.productId(), reason);
        transactions.executeWrite(status -> {
            schedules.markFailed(change.id(), truncate(reason));
            return null;
        });
    }

    // SQLSTATE classes 08 (connection), 40 (rollback: deadlock, serialization), 57 (operator intervention)
    private static boolean isTransient(DataAccessException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("08") || state.startsWith("40") || state.startsWith("57");
            }
        }
        return true;
    }

    private int runAll(List<ScheduledChange> due) {
        for (ScheduledChange change : due) {
            products.changeStatus(change.productId(), change.action().status(), null,
                    ChangeOrigin.schedule(change.id(), change.scheduledBy()));
            schedules.deleteById(change.id());
        }
        return due.size();
    }

    private static String truncate(String message) {
        return message.length() <= 500 ? message : message.substring(0, 500);
    }
}

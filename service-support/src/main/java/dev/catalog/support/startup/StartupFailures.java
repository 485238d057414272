package dev.catalog.support.startup;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** Turns a start-up exception chain into the one sentence an operator needs. */
public final class StartupFailures {

    private StartupFailures() {
    }

    public static String describe(Throwable failure) {
        List<Throwable> chain = causes(failure);
        for (Throwable cause : chain) {
            if (cause instanceof ExplainedStartupFailure explained) {
                return explained.getMessage();
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return "cannot reach PostgreSQL (" + cause.getMessage() + "). Check DB_HOST, DB_PORT and that "
                        + "the database server is running.";
            }
            if (isPostgresError(cause, "28P01") || isPostgresError(cause, "28000")) {
                return "PostgreSQL refused the login (" + cause.getMessage() + "). Check DB_USER and DB_PASSWORD.";
            }
            if (isPostgresError(cause, "55P03") && inMigration(chain)) {
                return "a migration waited longer than its lock timeout (ADMIN_MIGRATION_LOCK_TIMEOUT) for a lock "
                        + "another transaction holds (" + cause.getMessage() + "). Nothing of it was applied: start "
                        + "again once that transaction has ended (pg_stat_activity shows it).";
            }
            if (isPostgresError(cause, "57014") && inMigration(chain)) {
                return "a migration was cancelled (" + cause.getMessage() + "), by ADMIN_MIGRATION_STATEMENT_TIMEOUT "
                        + "or an operator. Nothing of it was applied: raise the timeout if it was that, and start again.";
            }
            if (isPostgresError(cause, "3D000")) {
                return "the database does not exist (" + cause.getMessage() + "). Check DB_NAME or create it.";
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    // Flyway's own exceptions wrap a failed migration's SQL error
    private static boolean inMigration(List<Throwable> chain) {
        return chain.stream().anyMatch(cause -> cause.getClass().getName().startsWith("org.flywaydb."));
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    // Matches the SQLSTATE of JDBC's SQLException and of R2DBC's exceptions without depending on either.
    private static boolean isPostgresError(Throwable cause, String sqlState) {
        if (cause instanceof java.sql.SQLException sql) {
            return sqlState.equals(sql.getSQLState());
        }
        String message = String.valueOf(cause.getMessage());
        return cause.getClass().getName().startsWith("io.r2dbc") && message.contains(sqlState);
    }
}

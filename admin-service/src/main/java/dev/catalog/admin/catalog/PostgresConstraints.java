package dev.catalog.admin.catalog;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.util.Optional;

/** Which constraint a failed write broke, as PostgreSQL names it. */
final class PostgresConstraints {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private PostgresConstraints() {
    }

    static boolean isUnique(Throwable failure, String constraint) {
        return violated(failure, UNIQUE_VIOLATION).filter(constraint::equals).isPresent();
    }

    static boolean isForeignKey(Throwable failure, String constraint) {
        return violated(failure, FOREIGN_KEY_VIOLATION).filter(constraint::equals).isPresent();
    }

    private static Optional<String> violated(Throwable failure, String sqlState) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql && sqlState.equals(psql.getSQLState())) {
                return Optional.ofNullable(psql.getServerErrorMessage()).map(ServerErrorMessage::getConstraint);
            }
        }
        return Optional.empty();
    }
}

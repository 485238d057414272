package dev.catalog.publicapi.reads;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/** Tells a database that is down or overloaded (worth a 503 and stale data) from a bug (a 500). */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof IOException
                    || t instanceof R2dbcTimeoutException
                    || t instanceof R2dbcTransientResourceException
                    || t instanceof R2dbcNonTransientResourceException
                    || t instanceof DatabaseUnavailableException
                    || t.getClass().getName().startsWith("reactor.pool.")) {
                return true;
            }
        }
        return false;
    }
}

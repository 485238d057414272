package dev.catalog.publicapi.schema;

import dev.catalog.model.SchemaVersion;
import io.r2dbc.spi.R2dbcBadGrammarException;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

/**
 * The schema handshake: is the database migrated to a version this build reads? admin-service owns
 * the migrations, so the fix for a mismatch is always on that side (or deploying the matching build).
 */
@Singleton
class SchemaCheck {

    private static final String UNDEFINED_TABLE = "42P01";

    private final SchemaHistoryRepository history;

    SchemaCheck(SchemaHistoryRepository history) {
        this.history = history;
    }

    Mono<SchemaStatus> check() {
        return history.findNewestVersion()
                .map(SchemaCheck::judge)
                .defaultIfEmpty(missing())
                .onErrorResume(SchemaCheck::isMissingTable, e -> Mono.just(missing()));
    }

    private static SchemaStatus judge(String recorded) {
        int version;
        try {
            version = Integer.parseInt(recorded);
        } catch (NumberFormatException e) {
            return SchemaStatus.unreadable("schema version '" + recorded + "' is not one admin-service writes");
        }
        if (SchemaVersion.isReadable(version)) {
            return SchemaStatus.readable(version);
        }
        return SchemaStatus.unreadable("schema version " + version + " is outside what this build reads ("
                + SchemaVersion.OLDEST_READABLE + " to " + SchemaVersion.CURRENT + "): deploy the public-api "
                + "built with the admin-service that migrated this database");
    }

    private static SchemaStatus missing() {
        return SchemaStatus.unreadable("the database has no catalog schema yet: start admin-service first, "
                + "it applies the migrations");
    }

    private static boolean isMissingTable(Throwable error) {
        return error instanceof R2dbcBadGrammarException grammar && UNDEFINED_TABLE.equals(grammar.getSqlState());
    }
}

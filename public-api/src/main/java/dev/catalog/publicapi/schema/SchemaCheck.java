package dev.catalog.publicapi.schema;

import dev.catalog.model.SchemaVersion;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcException;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

/**
 * The schema handshake: is the database migrated to a version this build reads? admin-service owns
 * the migrations, so the fix for a mismatch is always on that side (or deploying the matching build).
 */
@Singleton
class SchemaCheck {

    private static final String UNDEFINED_TABLE = "42P01";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final SchemaHistory history;

    SchemaCheck(SchemaHistory history) {
        this.history = history;
    }

    Mono<SchemaStatus> check() {
        return history.findNewestVersion()
                .flatMap(this::judge)
                .defaultIfEmpty(missing())
                .onErrorResume(SchemaCheck::isMissingTable, e -> Mono.just(missing()))
                .onErrorResume(SchemaCheck::isRefused, e -> Mono.just(refused()));
    }

    private Mono<SchemaStatus> judge(String recorded) {
        int version;
        try {
            version = Integer.parseInt(recorded);
        } catch (NumberFormatException e) {
            return Mono.just(SchemaStatus.unreadable("schema version '" + recorded + "' is not one admin-service writes"));
        }
        if (version < SchemaVersion.FIRST_WITH_COMPATIBILITY) {
            // older than the compatibility table: nothing has been taken away from what this build reads
            return Mono.just(judge(version, version));
        }
        return history.findReadableByBuildsFrom()
                .map(readableByBuildsFrom -> judge(version, readableByBuildsFrom))
                .defaultIfEmpty(SchemaStatus.unreadable("schema version " + version
                        + " does not say which builds may read it (schema_compatibility is empty)"));
    }

    private static SchemaStatus judge(int version, int readableByBuildsFrom) {
        if (SchemaVersion.isReadable(version, readableByBuildsFrom)) {
            return SchemaStatus.readable(version);
        }
        if (version < SchemaVersion.OLDEST_READABLE) {
            return SchemaStatus.unreadable("schema version " + version + " is older than this build reads ("
                    + SchemaVersion.OLDEST_READABLE + " or newer): start the admin-service of this release first, "
                    + "it applies the migrations");
        }
        return SchemaStatus.unreadable("schema version " + version + " is read only by public-api builds for schema "
                + readableByBuildsFrom + " or newer, and this one is built for " + SchemaVersion.CURRENT
                + ": deploy the public-api built with the admin-service that migrated this database");
    }

    private static SchemaStatus missing() {
        return SchemaStatus.unreadable("the database has no catalog schema yet: start admin-service first, "
                + "it applies the migrations");
    }

    private static SchemaStatus refused() {
        return SchemaStatus.unreadable("public-api's database login may not read the catalog: make it a member of "
                + "catalog_reader (admin-service's migrations grant that role what public-api reads)");
    }

    private static boolean isRefused(Throwable error) {
        return error instanceof R2dbcException refused && INSUFFICIENT_PRIVILEGE.equals(refused.getSqlState());
    }

    private static boolean isMissingTable(Throwable error) {
        return error instanceof R2dbcBadGrammarException grammar && UNDEFINED_TABLE.equals(grammar.getSqlState());
    }
}

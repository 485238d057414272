package dev.catalog.publicapi.schema;

import dev.catalog.model.SchemaVersion;
import io.r2dbc.spi.R2dbcBadGrammarException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaCheckTest {

    @Test
    void currentVersionIsReadable() {
        SchemaStatus status = checkWithHistory(Mono.just(String.valueOf(SchemaVersion.CURRENT)));

        assertThat(status).isEqualTo(SchemaStatus.readable(SchemaVersion.CURRENT));
    }

    @Test
    void aNewerSchemaThatOnlyAddedIsReadable() {
        SchemaStatus status = check(Mono.just(String.valueOf(SchemaVersion.CURRENT + 1)),
                Mono.just(SchemaVersion.CURRENT));

        assertThat(status).isEqualTo(SchemaStatus.readable(SchemaVersion.CURRENT + 1));
    }

    @Test
    void aSchemaContractedPastThisBuildIsUnreadableAndSaysWhatToDo() {
        SchemaStatus status = check(Mono.just(String.valueOf(SchemaVersion.CURRENT + 1)),
                Mono.just(SchemaVersion.CURRENT + 1));

        assertThat(status.readable()).isFalse();
        assertThat(status.description()).contains("read only by public-api builds for schema " + (SchemaVersion.CURRENT + 1)
                + " or newer, and this one is built for " + SchemaVersion.CURRENT, "deploy the public-api");
    }

    @Test
    void aSchemaOlderThanTheCompatibilityTableIsJudgedWithoutIt() {
        R2dbcBadGrammarException undefinedTable = new R2dbcBadGrammarException(
                "relation \"schema_compatibility\" does not exist", "42P01");

        SchemaStatus status = check(Mono.just(String.valueOf(SchemaVersion.FIRST_WITH_COMPATIBILITY - 1)),
                Mono.error(undefinedTable));

        assertThat(status.readable()).isFalse();
        assertThat(status.description()).as("judged by its version, not by the missing table")
                .contains("older than this build reads");
    }

    @Test
    void versionOlderThanTheOldestReadableIsUnreadable() {
        SchemaStatus status = checkWithHistory(Mono.just(String.valueOf(SchemaVersion.OLDEST_READABLE - 1)));

        assertThat(status.readable()).isFalse();
        assertThat(status.description()).contains("older than this build reads");
    }

    @Test
    void versionThatIsNotAWholeNumberIsUnreadable() {
        SchemaStatus status = checkWithHistory(Mono.just("2.1"));

        assertThat(status.readable()).isFalse();
        assertThat(status.description()).contains("'2.1'");
    }

    @Test
    void emptyHistoryMeansNoSchemaYet() {
        SchemaStatus status = checkWithHistory(Mono.empty());

        assertThat(status.readable()).isFalse();
        assertThat(status.description()).contains("start admin-service first");
    }

    @Test
    void missingHistoryTableMeansNoSchemaYet() {
        R2dbcBadGrammarException undefinedTable = new R2dbcBadGrammarException(
                "relation \"flyway_schema_history\" does not exist", "42P01");

        SchemaStatus status = checkWithHistory(Mono.error(undefinedTable));

        assertThat(status.readable()).isFalse();
        assertThat(status.description()).contains("start admin-service first");
    }

    private static SchemaStatus checkWithHistory(Mono<String> newestVersion) {
        return check(newestVersion, Mono.just(SchemaVersion.OLDEST_READABLE));
    }

    // Tests may block at their edges; the check itself never does.
    static SchemaStatus check(Mono<String> newestVersion, Mono<Integer> readableByBuildsFrom) {
        return new SchemaCheck(history(newestVersion, readableByBuildsFrom)).check().block();
    }

    static SchemaHistory history(Mono<String> newestVersion, Mono<Integer> readableByBuildsFrom) {
        return new SchemaHistory() {
            @Override
            public Mono<String> findNewestVersion() {
                return newestVersion;
            }

            @Override
            public Mono<Integer> findReadableByBuildsFrom() {
                return readableByBuildsFrom;
            }
        };
    }
}

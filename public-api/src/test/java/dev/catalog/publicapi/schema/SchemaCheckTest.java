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
    void versionNewerThanThisBuildIsUnreadable() {
        SchemaStatus status = checkWithHistory(Mono.just(String.valueOf(SchemaVersion.CURRENT + 1)));

        assertThat(status.readable()).isFalse();
        assertThat(status.description()).contains("outside what this build reads");
    }

    @Test
    void versionOlderThanTheOldestReadableIsUnreadable() {
        SchemaStatus status = checkWithHistory(Mono.just(String.valueOf(SchemaVersion.OLDEST_READABLE - 1)));

        assertThat(status.readable()).isFalse();
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

    // Tests may block at their edges; the check itself never does.
    private static SchemaStatus checkWithHistory(Mono<String> newestVersion) {
        return new SchemaCheck(() -> newestVersion).check().block();
    }
}

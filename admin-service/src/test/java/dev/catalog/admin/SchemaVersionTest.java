package dev.catalog.admin;

import dev.catalog.model.SchemaVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** shared-model's schema version and admin-service's newest migration must move together. */
class SchemaVersionTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__\\w+\\.sql");
    /** A Flyway callback: SQL run around every migration, such as the public reader's grants or the timeouts. */
    private static final Pattern CALLBACK = Pattern.compile("(afterMigrate|beforeEachMigrate)__\\w+\\.sql");
    /** Flyway's settings for one migration, such as running it outside a transaction. */
    private static final Pattern SCRIPT_CONFIGURATION = Pattern.compile("V\\d+__\\w+\\.sql\\.conf");

    @Test
    void newestMigrationIsTheSharedSchemaVersion() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1)))
                    .max()
                    .orElseThrow();
            assertThat(newest).as("newest migration vs SchemaVersion.CURRENT").isEqualTo(SchemaVersion.CURRENT);
        }
    }

    @Test
    void everyMigrationFileIsNamedTheFlywayWay() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .allMatch(name -> MIGRATION.matcher(name).matches() || CALLBACK.matcher(name).matches()
                            || SCRIPT_CONFIGURATION.matcher(name).matches());
        }
    }
}

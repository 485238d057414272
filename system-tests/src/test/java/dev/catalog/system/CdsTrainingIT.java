package dev.catalog.system;

import dev.catalog.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images' build step `java -XX:ArchiveClassesAtExit=/app/app.jsa -jar /app/app.jar cds-training`:
 * each service starts as far as it gets, exits 0 (or the image build fails) and leaves its archive, and
 * never reaches a database, even one the environment points at (it would migrate it).
 */
class CdsTrainingIT {

    @TempDir
    Path archives;

    @Test
    void eachServiceLeavesAnArchiveAndExitsWithoutTouchingTheDatabaseItIsGiven() throws Exception {
        TestDatabase.Coordinates database = TestDatabase.another();
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("LOG_FORMAT", "text");
        for (String jar : List.of("adminJar", "publicJar")) {
            Path archive = archives.resolve(jar + ".jsa");

            JarRun run = JarRun.of(jar, List.of("-XX:ArchiveClassesAtExit=" + archive), environment, "cds-training");

            assertThat(run.exitCode()).as(jar + " exits 0:\n" + run.output()).isZero();
            assertThat(archive).as(jar + "'s archive").isNotEmptyFile();
        }
        assertThat(database.count("SELECT 1 FROM pg_tables WHERE schemaname = 'public'"))
                .as("tables in the database the training runs were pointed at").isZero();
    }
}

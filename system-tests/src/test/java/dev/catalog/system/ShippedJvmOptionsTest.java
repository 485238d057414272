package dev.catalog.system;

import dev.catalog.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM options the benchmarks measure (bench/shipped.sh reads them from each Dockerfile) are the ones
 * that run: compose does not override JAVA_TOOL_OPTIONS (nor do the Kubernetes manifests, which
 * KubernetesManifestsTest holds to the variables the services read), and each image starts from the
 * AppCDS archive its own build trains.
 */
class ShippedJvmOptionsTest {

    private static final Path ROOT = ProjectFiles.find("docker-compose.yml").getParent();
    private static final Pattern SETS_OPTIONS = Pattern.compile("(?m)^\\s*-?\\s*JAVA_TOOL_OPTIONS\\s*[:=]");
    private static final Pattern OPTIONS = Pattern.compile("(?m)^ENV JAVA_TOOL_OPTIONS=\"(.*)\"$");
    private static final Pattern TRAINING =
            Pattern.compile("(?m)^RUN java (?:-\\S+ )*-XX:ArchiveClassesAtExit=(\\S+) -jar /app/app.jar cds-training");

    @Test
    void composeRunsTheImagesOwnOptions() throws IOException {
        // The text, not the parsed services: a variable set in an anchor merged into them (<<) counts too.
        for (String file : List.of("docker-compose.yml", "docker-compose.override.yml")) {
            assertThat(SETS_OPTIONS.matcher(Files.readString(ROOT.resolve(file))).find())
                    .as(file + " sets JAVA_TOOL_OPTIONS").isFalse();
        }
    }

    @Test
    void eachImageStartsFromTheArchiveItsBuildTrains() throws IOException {
        for (String service : List.of("admin-service", "public-api")) {
            String dockerfile = Files.readString(ROOT.resolve(service).resolve("Dockerfile"));
            Matcher training = TRAINING.matcher(dockerfile);
            Matcher options = OPTIONS.matcher(dockerfile);

            assertThat(training.find()).as(service + " trains an AppCDS archive").isTrue();
            assertThat(options.find()).as(service + " sets JAVA_TOOL_OPTIONS").isTrue();
            assertThat(options.group(1).split(" ")).as(service + "'s options")
                    .contains("-XX:SharedArchiveFile=" + training.group(1));
            assertThat(dockerfile.indexOf(training.group())).as("trained before the image switches to its user")
                    .isLessThan(dockerfile.indexOf("USER 10001"));
        }
    }
}

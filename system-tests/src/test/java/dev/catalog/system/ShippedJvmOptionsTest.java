package dev.catalog.system;

import dev.catalog.testing.ProjectFiles;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    private static final KubernetesSerialization YAML = new KubernetesSerialization();
    private static final Pattern OPTIONS = Pattern.compile("(?m)^ENV JAVA_TOOL_OPTIONS=\"(.*)\"$");
    private static final Pattern TRAINING =
            Pattern.compile("(?m)^RUN java -XX:ArchiveClassesAtExit=(\\S+) -jar /app/app.jar cds-training$");

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheImagesOwnOptions() throws IOException {
        Map<String, Object> compose = YAML.unmarshal(Files.readString(ROOT.resolve("docker-compose.yml")), Map.class);

        ((Map<String, Map<String, Object>>) compose.get("services")).forEach((service, definition) -> {
            Object environment = definition.getOrDefault("environment", Map.of());
            assertThat(((Map<String, Object>) environment).keySet()).as(service + "'s environment")
                    .doesNotContain("JAVA_TOOL_OPTIONS");
        });
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

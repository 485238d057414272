package dev.catalog.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** The first fallback when no server is named: a throwaway PostgreSQL 16 in Docker, as in docker-compose. */
final class ContainerPostgres {

    private static final DockerImageName IMAGE = DockerImageName.parse("postgres:16-alpine");

    private ContainerPostgres() {
    }

    static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    static PostgresServer start() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE);
        container.start();
        return new PostgresServer(container.getHost(), container.getMappedPort(5432),
                container.getUsername(), container.getPassword());
    }
}

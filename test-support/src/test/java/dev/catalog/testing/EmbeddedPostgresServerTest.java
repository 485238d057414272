package dev.catalog.testing;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tests' last fallback. As an ordinary user it is a real PostgreSQL the tests can create databases
 * on; as root (PostgreSQL refuses root) it says in one line why not and what to set instead.
 * .ci/run runs this test (and an integration suite on the embedded route) as an ordinary user too.
 */
class EmbeddedPostgresServerTest {

    @Test
    void startsARealServerOrSaysWhyNotAsRoot() throws SQLException {
        if (OperatingSystemUser.isRoot()) {
            assertThatThrownBy(EmbeddedPostgresServer::start).hasMessage(EmbeddedPostgresServer.ROOT_REFUSED);
            return;
        }
        PostgresServer server = EmbeddedPostgresServer.start();

        try (Connection connection = DriverManager.getConnection(server.maintenanceUrl(), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE embedded_check");
            try (ResultSet version = statement.executeQuery("SELECT current_setting('server_version_num')::int")) {
                version.next();
                assertThat(version.getInt(1)).isGreaterThanOrEqualTo(140000);
            }
        }
    }
}

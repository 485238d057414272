package dev.catalog.testing;

import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The management port of a service under test. Micronaut serves management endpoints only on the port
 * {@code endpoints.all.port} names (not a random one), so every test context gets a free port of its own.
 */
public final class ManagementPort {

    public static final String SETTING = "endpoints.all.port";

    private ManagementPort() {
    }

    /** The setting that gives a service a free management port. */
    public static Map<String, String> free() {
        return Map.of(SETTING, Integer.toString(freePort()));
    }

    /** The base URL of the management endpoints of {@code server}. */
    public static String url(EmbeddedServer server) {
        int port = server.getApplicationContext().getProperty(SETTING, Integer.class)
                .orElseThrow(() -> new IllegalStateException(SETTING + " is not set"));
        return "http://" + server.getHost() + ":" + port;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

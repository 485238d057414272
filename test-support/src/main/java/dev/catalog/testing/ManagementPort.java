package dev.catalog.testing;

import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The management port of a service under test. Micronaut serves management endpoints only on the port
 * {@code endpoints.all.port} names (not a random one), so every test context gets a free port of its own.
 */
public final class ManagementPort {

    public static final String SETTING = "endpoints.all.port";
    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;

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

    /**
     * A port free now, below the kernel's ephemeral range (32768 and up on Linux): a port the kernel hands
     * out for bind(0) can be taken by any outgoing connection (a JDBC or HTTP client) before the service
     * binds it, which failed test runs with "Address already in use".
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between " + FIRST + " and " + LAST);
    }
}

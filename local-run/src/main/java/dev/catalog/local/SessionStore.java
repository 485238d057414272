package dev.catalog.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where admin-service keeps staff sessions in a local run: the Redis REDIS_URI names or one answering on
 * localhost:6379; with neither, in admin-service's memory (fine for the one instance a local run has;
 * a restart signs staff out).
 */
record SessionStore(Map<String, String> environment, String description) {

    static SessionStore find(Map<String, String> environment) {
        String configured = environment.get("REDIS_URI");
        if (configured != null && !configured.isBlank()) {
            return new SessionStore(Map.of("REDIS_URI", configured), "Redis at " + configured);
        }
        if (answersPing("127.0.0.1", 6379)) {
            return new SessionStore(Map.of("REDIS_URI", "redis://127.0.0.1:6379"), "Redis at redis://127.0.0.1:6379");
        }
        // and no Redis health check, or readiness would stay DOWN for a Redis nobody uses
        return new SessionStore(Map.of("MICRONAUT_SESSION_HTTP_REDIS_ENABLED", "false", "REDIS_HEALTH_ENABLED", "false"),
                "in admin-service's memory (no Redis found; a restart signs staff out)");
    }

    private static boolean answersPing(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 300);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(5), StandardCharsets.US_ASCII).equals("+PONG");
        } catch (IOException e) {
            return false;
        }
    }
}

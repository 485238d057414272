package dev.catalog.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Where the tests' Redis (admin-service's session store) comes from: {@code REDIS_URI} when set, else
 * a Redis answering on 127.0.0.1:6379, else Testcontainers' {@code redis:7-alpine}. Each test JVM
 * keeps its sessions under a namespace of its own, so runs never see each other's sessions.
 */
public final class TestRedis {

    private static final Logger LOG = LoggerFactory.getLogger(TestRedis.class);
    private static final String LOCAL = "redis://127.0.0.1:6379";
    private static String uri;
    private static final String NAMESPACE = "catalog:test:" + UUID.randomUUID() + ":";

    private TestRedis() {
    }

    public static synchronized String uri() {
        if (uri == null) {
            uri = locate();
        }
        return uri;
    }

    /** This test JVM's key prefix for sessions. */
    public static String namespace() {
        return NAMESPACE;
    }

    private static String locate() {
        String configured = System.getenv("REDIS_URI");
        if (configured != null && !configured.isBlank()) {
            LOG.info("Tests use the Redis at REDIS_URI={}", configured);
            return configured;
        }
        if (answersPing(URI.create(LOCAL))) {
            LOG.info("Tests use the Redis at {}", LOCAL);
            return LOCAL;
        }
        try {
            @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper stops it
            GenericContainer<?> redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            redis.start();
            LOG.info("Tests use a Redis container");
            return "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("The tests need Redis (admin-service keeps staff sessions there). Set "
                    + "REDIS_URI, run one on 127.0.0.1:6379, or make Docker available for Testcontainers. "
                    + "Docker said: " + e.getMessage(), e);
        }
    }

    static boolean answersPing(URI redis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(redis.getHost(), redis.getPort()), 500);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] answer = new byte[5];
            InputStream in = socket.getInputStream();
            return in.readNBytes(answer, 0, 5) == 5 && new String(answer, StandardCharsets.US_ASCII).equals("+PONG");
        } catch (IOException e) {
            return false;
        }
    }
}

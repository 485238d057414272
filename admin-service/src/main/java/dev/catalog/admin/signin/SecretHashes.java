package dev.catalog.admin.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How secrets with many random bits (API tokens, recovery codes) are stored: SHA-256, hex. Their
 * randomness, not the hash's cost, is what stops guessing, so checking one costs nothing.
 */
public final class SecretHashes {

    private SecretHashes() {
    }

    public static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

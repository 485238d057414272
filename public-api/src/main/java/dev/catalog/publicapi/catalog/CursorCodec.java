package dev.catalog.publicapi.catalog;

import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque, signed page cursors. A cursor holds the position after the last item of a page and the
 * scope (sort and filters) it was issued for; one that was altered, forged or issued for another
 * query does not decode.
 */
@Singleton
class CursorCodec {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SIGNATURE_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    CursorCodec(CursorConfiguration configuration) {
        this.key = new SecretKeySpec(configuration.secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String encode(String scope, String position) {
        byte[] payload = (scope + '\n' + position).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + '.' + ENCODER.encodeToString(sign(payload));
    }

    /** The position in {@code cursor}, if this API issued it for {@code scope}. */
    Optional<String> decode(String cursor, String scope) {
        return verified(cursor)
                .map(payload -> payload.split("\n", 2))
                .filter(parts -> parts.length == 2 && parts[0].equals(scope))
                .map(parts -> parts[1]);
    }

    /** Whether this API issued {@code cursor}, for whatever query. */
    boolean isGenuine(String cursor) {
        return verified(cursor).isPresent();
    }

    private Optional<String> verified(String cursor) {
        int dot = cursor.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(cursor.substring(0, dot));
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            return MessageDigest.isEqual(sign(payload), signature)
                    ? Optional.of(new String(payload, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

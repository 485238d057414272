package dev.catalog.admin.signin;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.inject.Singleton;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time codes (RFC 6238, as every authenticator app makes them: HMAC-SHA1, 6 digits,
 * 30-second steps), computed by java-otp. A code is accepted for the step it was made in, or one step
 * either side, for phones whose clock is a little off.
 */
@Singleton
public class TotpCodes {

    static final String ISSUER = "Catalog admin";
    private static final int KEY_BYTES = 20; // 160 bits, as RFC 4226 recommends
    private static final int DRIFT_STEPS = 1;

    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    TotpCodes() {
        this(Clock.systemUTC());
    }

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new shared key, Base32 (the form apps take it in). */
    public String newSecret() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return new Base32().encodeToString(key).replace("=", "");
    }

    /** The step of now. */
    long currentStep() {
        return clock.instant().getEpochSecond() / totp.getTimeStep().toSeconds();
    }

    /** The step {@code code} was made for, if it is a valid code of {@code secret} around now. */
    OptionalLong stepOf(String secret, String code) {
        String digits = code == null ? "" : code.replace(" ", "").strip();
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            if (codeAt(secret, step).equals(digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of {@code secret} for {@code step}. */
    public String codeAt(String secret, long step) {
        Instant start = Instant.ofEpochSecond(step * totp.getTimeStep().toSeconds());
        try {
            return totp.generateOneTimePasswordString(key(secret), start);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC-SHA1 key of " + KEY_BYTES + " bytes is always valid", e);
        }
    }

    /** The otpauth:// URI an authenticator app scans from the QR code. */
    public static String enrolmentUri(String username, String secret) {
        String issuer = URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + issuer + ":" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "?secret=" + secret + "&issuer=" + issuer + "&algorithm=SHA1&digits=6&period=30";
    }

    private Key key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
    }
}

package dev.catalog.admin.staff;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt hashing of staff passwords (spring-security-crypto, used on its own). */
@Singleton
class PasswordHasher {

    private static final int COST = 10;

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(COST);
    // Checked against when the username is unknown, so a miss costs as long as a wrong password.
    private final String decoyHash = encoder.encode("not-a-real-password");

    String hash(CharSequence password) {
        return encoder.encode(password);
    }

    boolean matches(CharSequence password, String hash) {
        return encoder.matches(password, hash);
    }

    void spendTimeOfOneCheck(CharSequence password) {
        encoder.matches(password, decoyHash);
    }
}

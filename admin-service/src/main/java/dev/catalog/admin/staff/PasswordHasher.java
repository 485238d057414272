package dev.catalog.admin.staff;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt hashing of staff passwords (spring-security-crypto, used on its own). */
@Singleton
public class PasswordHasher {

    private static final int COST = 10;

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(COST);
    // Checked against when the username is unknown, so a miss costs as long as a wrong password.
    private final String decoyHash = encoder.encode("not-a-real-password");

    public String hash(CharSequence password) {
        return encoder.encode(password);
    }

    public boolean matches(CharSequence password, String hash) {
        return encoder.matches(password, hash);
    }

    public void spendTimeOfOneCheck(CharSequence password) {
        encoder.matches(password, decoyHash);
    }
}

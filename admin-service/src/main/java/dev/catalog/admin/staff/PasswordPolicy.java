package dev.catalog.admin.staff;

import com.nulabinc.zxcvbn.Zxcvbn;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * What a staff password must be: long enough, not the username, and not a common or easily guessed
 * password. zxcvbn estimates how guessable it is against lists of leaked passwords, words and patterns.
 */
@Singleton
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    // zxcvbn scores 0 (guessed at once) to 4 (very unlikely); below 2 is "too guessable".
    private static final int MIN_SCORE = 2;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Why {@code password} is refused for {@code username}, or empty if it is acceptable. */
    public Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        if (!username.isEmpty() && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("must not contain the username");
        }
        if (zxcvbn.measure(password, List.of(username, "catalog", "admin")).getScore() < MIN_SCORE) {
            return Optional.of("is too common or too easy to guess; try a few unrelated words");
        }
        return Optional.empty();
    }
}

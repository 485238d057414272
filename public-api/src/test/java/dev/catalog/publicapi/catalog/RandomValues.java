package dev.catalog.publicapi.catalog;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Random text for fuzzing, all from one seeded {@link Random}: hostile strings (SQL, tsquery syntax, control
 * characters, numbers of every shape), unicode, long text, search words, and cursors real, cut or forged.
 */
final class RandomValues {

    private static final List<String> HOSTILE = List.of("' OR 1=1 --", "'; DROP TABLE product; --", "\" OR \"\"=\"",
            "1; SELECT pg_sleep(10)", "$1", "\\", "\\x00", "%", "_", "*", ":*", "!", "&", "|", "(", ")", "<->",
            "!!", "a & b | !c", "\"", "\"unterminated", "-", "--", "or", "OR -", "-\"\"", "::", "a:*", "NULL", "null",
            "true", "TRUE", "yes", "0", "1", "NaN", "Infinity", "-Infinity", "1e309", "1E+999999999", "0E+999999999",
            "0E+5", "0e-5", "1e-2", "-0", "-0.00", "+5", " 5 ", "0x10", "1_000", "١٢", "１００", "9999999999.99",
            "9999999999.999", "10000000000", "99999999999999999999999", "-1", "2147483648", "-2147483648", "name",
            "-name", "price", "-price", "updatedAt", "-updatedAt", "id", "-id", "Name", "name ", "audio", "AUDIO",
            "a--b", "-a", "a".repeat(65), "<script>alert(1)</script>", "${jndi:ldap://x/a}", "{{7*7}}",
            "../../etc/passwd", "\u0000", "\n", "\r\n", "\t", "\u007f", "\u0085", "\u202e", "\ufeff", "\uffff",
            "\ud83d", "😀", "Ωß", "the", "a", "and or not");
    private static final List<String> WORDS = List.of("kettle", "kettles", "whisk", "steel", "water", "boils",
            "cable", "audio", "the", "or", "and", "not", "-kettle", "\"steel kettle\"", "\"kettle", "kettle:*",
            "!kettle", "(kettle | whisk)", "kettle <-> steel", "Wasserkocher", "чайник", "やかん", "😀", "ｋｅｔｔｌｅ");

    private final Random random;
    private final List<String> realCursors;

    RandomValues(Random random, List<String> realCursors) {
        this.random = random;
        this.realCursors = realCursors;
    }

    String any() {
        return switch (random.nextInt(9)) {
            case 0, 1 -> pick(HOSTILE);
            case 2 -> number();
            case 3 -> unicode(1 + random.nextInt(40));
            case 4 -> longText();
            case 5 -> "";
            case 6 -> cursor();
            case 7 -> pick(HOSTILE) + unicode(random.nextInt(5)) + pick(HOSTILE);
            default -> String.valueOf(random.nextInt(250) - 20);
        };
    }

    String number() {
        return switch (random.nextInt(6)) {
            case 0 -> new BigInteger(1 + random.nextInt(300), random).toString();
            case 1 -> "-" + random.nextInt(1_000_000);
            case 2 -> random.nextInt(100_000) + "." + random.nextInt(100_000);
            case 3 -> random.nextInt(10) + "e" + (random.nextInt(4_000_000) - 2_000_000);
            case 4 -> String.valueOf(random.nextDouble() * Math.pow(10, random.nextInt(40) - 10));
            default -> "0." + "0".repeat(random.nextInt(50)) + "1";
        };
    }

    /** Any instant from about 600,000 years before 1970 to as long after, far beyond what PostgreSQL stores. */
    String instant() {
        return Instant.ofEpochSecond(random.nextLong() % 20_000_000_000_000L).toString();
    }

    /** Search words, with websearch syntax (or, -, quotes) and tsquery syntax it should treat as text. */
    String words() {
        StringBuilder words = new StringBuilder(pick(WORDS));
        while (random.nextInt(3) > 0) {
            words.append(pick(List.of(" ", "  ", " or ", " -", "\"", "\u3000"))).append(pick(WORDS));
        }
        return words.toString();
    }

    String skuLike() {
        String alphabet = random.nextBoolean() ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-" : "abcXYZ09-_.~ ";
        StringBuilder sku = new StringBuilder();
        int length = random.nextInt(5) == 0 ? random.nextInt(2_000) : random.nextInt(40);
        for (int i = 0; i < length; i++) {
            sku.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sku.toString();
    }

    /** A cursor this API issued, one cut or altered, or random bytes in base64 with or without a dot. */
    String cursor() {
        return switch (random.nextInt(5)) {
            case 0 -> base64(random.nextInt(200)) + "." + base64(random.nextInt(40));
            case 1 -> base64(random.nextInt(60));
            case 2 -> mutated(pick(realCursors));
            case 3 -> pick(realCursors);
            default -> Base64.getUrlEncoder().encodeToString(("v1|sort=price|category=|min=|max=|inStock=|q=\n"
                    + pick(HOSTILE) + "|" + random.nextLong()).getBytes(StandardCharsets.UTF_8)) + "." + base64(16);
        };
    }

    private String mutated(String cursor) {
        int at = random.nextInt(cursor.length());
        return switch (random.nextInt(3)) {
            case 0 -> cursor.substring(0, at);
            case 1 -> cursor.substring(0, at) + pick(List.of("A", "-", "_", ".", "=", "+", "/")) + cursor.substring(at);
            default -> cursor.substring(0, at) + (char) ('a' + random.nextInt(26)) + cursor.substring(at + 1);
        };
    }

    private String base64(int bytes) {
        byte[] payload = new byte[bytes];
        random.nextBytes(payload);
        return random.nextBoolean()
                ? Base64.getUrlEncoder().withoutPadding().encodeToString(payload)
                : Base64.getEncoder().encodeToString(payload);
    }

    // Control characters, ASCII, Latin to Arabic, punctuation and symbols, CJK, emoji.
    private String unicode(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(switch (random.nextInt(6)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x60);
                case 2 -> 0x80 + random.nextInt(0x780);
                case 3 -> 0x2000 + random.nextInt(0x1000);
                case 4 -> 0x4E00 + random.nextInt(0x5000);
                default -> 0x1F300 + random.nextInt(0x300);
            });
        }
        return text.toString();
    }

    private String longText() {
        int length = 200 + random.nextInt(1_800);
        return random.nextBoolean() ? "kettle ".repeat(length / 7) : unicode(length / 3);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

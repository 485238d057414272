package dev.catalog.local;

import java.security.SecureRandom;
import java.util.Map;

/**
 * What the person running the pair may choose, with local defaults. When ADMIN_PASSWORD is not given,
 * this command (never the services themselves) makes up a strong one and prints it once.
 */
record LocalSettings(int adminPort, int publicPort, String adminUsername, String adminPassword,
                     boolean passwordGenerated, String demoProducts) {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 20;

    static LocalSettings from(Map<String, String> environment) {
        String password = environment.get("ADMIN_PASSWORD");
        boolean generated = password == null || password.isBlank();
        return new LocalSettings(
                Integer.parseInt(environment.getOrDefault("ADMIN_PORT", "8080")),
                Integer.parseInt(environment.getOrDefault("PUBLIC_PORT", "8081")),
                environment.getOrDefault("ADMIN_USERNAME", "admin"),
                generated ? generatePassword() : password,
                generated,
                environment.getOrDefault("CATALOG_DEMO_PRODUCTS", "10000"));
    }

    /** Shown next to the sign-in name: the password itself only when this command made it up. */
    String passwordNote() {
        return passwordGenerated
                ? " with password " + adminPassword + " (made up for this run; set ADMIN_PASSWORD to choose one)"
                : " with ADMIN_PASSWORD";
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

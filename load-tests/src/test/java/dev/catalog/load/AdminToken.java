package dev.catalog.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A personal API token for the staff simulations: what a script uses, so no BCrypt per request. */
final class AdminToken {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private AdminToken() {
    }

    static String issue() {
        String basic = Base64.getEncoder().encodeToString(
                (LoadSettings.ADMIN_USER + ":" + LoadSettings.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(LoadSettings.ADMIN_URL + "/admin/api/tokens"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"gatling load test\"}"))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = TOKEN.matcher(response.body());
            if (response.statusCode() != 201 || !token.find()) {
                throw new IllegalStateException("could not get an API token from " + LoadSettings.ADMIN_URL
                        + " as " + LoadSettings.ADMIN_USER + ": " + response.statusCode() + " " + response.body());
            }
            return token.group(1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("admin-service is not reachable at " + LoadSettings.ADMIN_URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dev.catalog.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A personal API token for the staff simulations: what a script uses, so no BCrypt per request. Issued
 * when a simulation starts and revoked when it ends, so runs leave no live token behind.
 */
record AdminToken(long id, String secret) {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    static AdminToken issue() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(LoadSettings.ADMIN_URL + "/admin/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"gatling load test\"}")));
        Matcher id = ID.matcher(response.body());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 201 || !id.find() || !token.find()) {
            throw new IllegalStateException("could not get an API token from " + LoadSettings.ADMIN_URL
                    + " as " + LoadSettings.ADMIN_USER + ": " + response.statusCode() + " " + response.body());
        }
        return new AdminToken(Long.parseLong(id.group(1)), token.group(1));
    }

    void revoke() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(LoadSettings.ADMIN_URL + "/admin/api/tokens/" + id))
                .DELETE());
        if (response.statusCode() != 204) {
            System.err.println("could not revoke the load test's API token " + id + ": " + response.statusCode()
                    + " " + response.body());
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        String basic = Base64.getEncoder().encodeToString(
                (LoadSettings.ADMIN_USER + ":" + LoadSettings.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("admin-service is not reachable at " + LoadSettings.ADMIN_URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dev.catalog.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A staff member in the web UI, as the server sees a browser: a session cookie and the page's CSRF token. */
final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private String csrfToken = "";

    StaffSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static StaffSession signedIn(String baseUrl, String username, String password) throws IOException, InterruptedException {
        StaffSession session = new StaffSession(baseUrl);
        session.get("/admin/login");
        HttpResponse<String> answer = session.post("/admin/login", Map.of("username", username, "password", password));
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("sign-in failed: " + answer.statusCode());
        }
        return session;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(answer.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return answer;
    }

    /** Posts a form with the CSRF token of the last page seen. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrfToken", csrfToken);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

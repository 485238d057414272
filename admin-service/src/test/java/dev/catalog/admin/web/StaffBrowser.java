package dev.catalog.admin.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the server can tell: keeps cookies, posts forms with the page's CSRF token, does
 * not follow redirects (tests assert them). For the real thing, see the Playwright tests.
 */
public final class StaffBrowser {

    // What a browser sends when following a link: pages preferred, anything accepted (downloads too).
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrfToken = "";
    private final Map<String, String> headers = new LinkedHashMap<>();

    public StaffBrowser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static StaffBrowser signedIn(String baseUrl, String username, String password) {
        StaffBrowser browser = new StaffBrowser(baseUrl);
        Page page = browser.signIn(username, password);
        if (page.status() != 303) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + page.status());
        }
        return browser;
    }

    /**
     * The same browser (cookies, last CSRF token) now sent to another instance, as a load balancer
     * without sticky sessions does.
     */
    public StaffBrowser switchTo(String otherBaseUrl) {
        this.baseUrl = otherBaseUrl;
        return this;
    }

    /** Sends {@code value} in header {@code name} with every request from now on (User-Agent, a proxy's headers). */
    public StaffBrowser withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Page signIn(String username, String password) {
        get("/admin/login");
        return post("/admin/login", Map.of("username", username, "password", password));
    }

    public Page get(String path) {
        Page page = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", BROWSER_ACCEPT).GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return page;
    }

    /** Posts a form with the CSRF token of the last page seen. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("csrfToken", csrfToken);
        return postRaw(path, encode(withToken));
    }

    /** Posts exactly this form body: no token added. */
    public Page postRaw(String path, String formBody) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", BROWSER_ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(formBody)));
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    public String csrfToken() {
        return csrfToken;
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Repeats a field, as a form with several checked boxes does. */
    public static String encodeRepeated(Map<String, String> fields, String name, List<?> values) {
        String repeated = values.stream()
                .map(value -> name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return fields.isEmpty() ? repeated : encode(fields) + "&" + repeated;
    }

    private Page send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.timeout(java.time.Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Page(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public List<String> all(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }

        public String location() {
            return header("Location").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 600 ? body.substring(0, 600) + "..." : body);
        }
    }
}

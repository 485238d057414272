package dev.catalog.admin.web;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy that ends TLS (here: the test, from a trusted loopback), staff pages get HSTS and
 * Secure cookies; a client that only claims TLS, or says plain HTTP, gets neither.
 */
@IntegrationTest
class TransportSecurityIT implements AdminTestDatabase {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(AdminTestDatabase.super.getProperties());
        properties.put("catalog.client-address.trusted-proxies", "127.0.0.1/32,::1/128");
        return properties;
    }

    @Test
    void overTlsAtTheProxyStaffPagesGetHstsAndTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> signedIn = signIn("https");

        assertThat(signedIn.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
        assertThat(signedIn.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }

    @Test
    void overPlainHttpThereIsNeither() throws Exception {
        HttpResponse<String> signedIn = signIn("http");

        assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(signedIn.headers().allValues("Set-Cookie")).isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("secure"));
    }

    @Test
    void theNearestProxysWordCounts() throws Exception {
        // The client wrote "https" first; the trusted proxy appended what it saw: plain http.
        HttpResponse<String> page = http.send(request("/admin/login").header("X-Forwarded-Proto", "https, http")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> signIn(String proto) throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(request("/admin/login").header("X-Forwarded-Proto", proto).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as(form.body()).isTrue();
        String session = form.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .reduce((a, b) -> a + "; " + b).orElse("");
        return http.send(request("/admin/login")
                .header("X-Forwarded-Proto", proto)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password=" + ADMIN_PASSWORD
                        + "&csrfToken=" + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", "text/html");
    }
}

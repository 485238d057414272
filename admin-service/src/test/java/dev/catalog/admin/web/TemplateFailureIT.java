package dev.catalog.admin.web;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A template that fails while rendering still gets the browser an answer: an error page, not a hang. */
@IntegrationTest
class TemplateFailureIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    @Test
    void brokenTemplateAnswers500Promptly() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/admin/test-broken-page"))
                        .header("Accept", "text/html").timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("This page could not be shown").doesNotContain("never rendered")
                .doesNotContain("OGNL");
    }
}

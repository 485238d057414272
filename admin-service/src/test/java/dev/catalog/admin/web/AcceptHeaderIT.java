package dev.catalog.admin.web;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API answers an Accept it cannot satisfy with 406 problem+json, and any that covers JSON normally. */
@IntegrationTest
class AcceptHeaderIT implements AdminTestDatabase {

    @Inject
    EmbeddedServer server;

    @ParameterizedTest
    @ValueSource(strings = {"application/json;q=0", "application/problem+json"})
    void jsonRefusedOrOnlyProblemsIsNotAcceptable(String accept) {
        ApiClient.Response response = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD)
                .get("/admin/api/categories", "Accept", accept);

        assertThat(response.status()).isEqualTo(406);
    }

    @Test
    void xmlIsNotAcceptable() {
        ApiClient.Response response = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD)
                .get("/admin/api/categories", "Accept", "application/xml");

        assertThat(response.status()).isEqualTo(406);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json()).containsEntry("code", "not-acceptable");
        assertThat((String) response.json().get("detail")).contains("application/json", "application/xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "Application/JSON", "application/json;charset=utf-8", "*/*;q=0.8",
            "text/html, application/json;q=0.9",
            "application/json, application/problem+json"})
    void anAcceptCoveringJsonIsAnswered(String accept) {
        ApiClient.Response response = ApiClient.at(server.getURL().toString()).as(ADMIN, ADMIN_PASSWORD)
                .get("/admin/api/categories", "Accept", accept);

        assertThat(response.status()).isEqualTo(200);
    }
}

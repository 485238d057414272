package dev.catalog.publicapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.TestDatabase;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Real answers of every endpoint, checked against the OpenAPI document generated at build time. */
@IntegrationTest
class OpenApiContractIT implements PublicApiTestDatabase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    ApiClient api;
    OpenApiContract contract;
    long headphones;

    @BeforeAll
    void setUp() throws SQLException {
        api = ApiClient.at(server.getURL().toString());
        contract = OpenApiContract.fromClasspath();
        try (Connection db = TestDatabase.migrated().connect()) {
            // No descriptions: the document must allow what a null field becomes in the JSON.
            long audio = ContractCatalog.category(db, "contract-audio", "Audio");
            headphones = ContractCatalog.publishedProduct(db, audio, "CONTRACT-HEADPHONES", "Studio Headphones",
                    "19.99", 7);
            ContractCatalog.publishedProduct(db, audio, "CONTRACT-CABLE", "Audio Cable", "4.90", 0);
        }
    }

    @Test
    void productMatchesDocument() {
        assertMatches("/api/v1/products/" + headphones, 200);
    }

    @Test
    void productFoundBySkuMatchesDocument() {
        assertMatches("/api/v1/products/sku/CONTRACT-HEADPHONES", 200);
    }

    @Test
    void productPageWithNextCursorMatchesDocument() {
        ApiClient.Response page = assertMatches("/api/v1/products?category=contract-audio&sort=-price&limit=1", 200);

        assertThat(page.json()).containsKey("nextCursor");
    }

    @Test
    void lastProductPageMatchesDocument() {
        ApiClient.Response page = assertMatches("/api/v1/products?category=contract-audio&inStock=false", 200);

        assertThat(page.json()).containsEntry("nextCursor", null);
    }

    @Test
    void categoryListMatchesDocument() {
        assertMatches("/api/v1/categories", 200);
    }

    @Test
    void categoryMatchesDocument() {
        assertMatches("/api/v1/categories/contract-audio", 200);
    }

    @Test
    void notModifiedMatchesDocument() {
        String target = "/api/v1/products/" + headphones;
        String etag = api.get(target).header("ETag").orElseThrow();

        ApiClient.Response response = api.get(target, "If-None-Match", etag);

        assertThat(response.status()).as(response.toString()).isEqualTo(304);
        assertThat(contract.violations(target, response)).isEmpty();
    }

    @Test
    void invalidQueryProblemMatchesDocument() {
        ApiClient.Response problem = assertMatches("/api/v1/products?limit=0&sort=colour", 400);

        assertThat(problem.json()).containsEntry("code", "invalid-query");
        assertThat(problem.invalidNames()).containsExactly("limit", "sort");
    }

    @Test
    void nonNumericIdProblemMatchesDocument() {
        assertThat(assertMatches("/api/v1/products/headphones", 400).json()).containsEntry("code", "bad-request");
    }

    @Test
    void unknownProductProblemMatchesDocument() {
        assertThat(assertMatches("/api/v1/products/" + Long.MAX_VALUE, 404).json())
                .containsEntry("code", "product.not-found");
    }

    @Test
    void unknownCategoryProblemMatchesDocument() {
        assertThat(assertMatches("/api/v1/categories/no-such-category", 404).json())
                .containsEntry("code", "category.not-found");
    }

    @Test
    void everyApiRouteIsDocumented() {
        // Micronaut answers HEAD for every GET by itself; the document describes the GETs.
        Set<String> routes = router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api/"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .collect(Collectors.toSet());

        assertThat(contract.operations()).containsExactlyInAnyOrderElementsOf(routes);
    }

    // The check must be able to fail: a field the document does not declare, or a wrong type, is caught.

    @Test
    void undocumentedFieldIsCaught() throws Exception {
        String target = "/api/v1/products/" + headphones;

        ApiClient.Response drifted = withBody(api.get(target), body -> body.put("colour", "black"));

        assertThat(contract.violations(target, drifted)).anySatisfy(error -> assertThat(error).contains("colour"));
    }

    @Test
    void wrongTypeIsCaught() throws Exception {
        String target = "/api/v1/products/" + headphones;

        ApiClient.Response drifted = withBody(api.get(target), body -> body.put("price", 19.99));

        assertThat(contract.violations(target, drifted)).anySatisfy(error -> assertThat(error).contains("price"));
    }

    private ApiClient.Response assertMatches(String target, int status) {
        ApiClient.Response response = api.get(target);
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(contract.violations(target, response)).as(response.toString()).isEmpty();
        return response;
    }

    private static ApiClient.Response withBody(ApiClient.Response response, Consumer<ObjectNode> change)
            throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(response.body());
        change.accept(body);
        return new ApiClient.Response(response.status(), response.headers(), JSON.writeValueAsString(body));
    }
}

package dev.catalog.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/** What public clients do: product by id and by sku, filtered and searched lists, paging by cursor. */
final class PublicReads {

    private static final String[] SEARCHES = {"wireless", "steel", "organic", "pro", "mini"};
    private static final String[] SORTS = {"price", "-price", "name", "-updatedAt"};

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(LoadSettings.PUBLIC_URL)
            .acceptHeader("application/json")
            .header("X-Request-Id", session -> "load-" + session.userId());
    }

    private static final ChainBuilder CATEGORIES = exec(http("categories").get("/api/v1/categories")
            .check(status().is(200), jsonPath("$.items[*].slug").findRandom().saveAs("slug")));

    // 304: Gatling's per-user cache revalidates with the ETag when a reader happens to read an id again
    private static final ChainBuilder BY_ID = exec(http("product by id")
            .get(session -> "/api/v1/products/" + randomId())
            .check(status().in(200, 304, 404)));

    private static final ChainBuilder BY_SKU = exec(http("product by sku")
            .get(session -> "/api/v1/products/sku/DEMO-" + String.format("%07d", randomId()))
            .check(status().in(200, 304, 404)));

    private static final ChainBuilder FILTERED_LIST = exec(http("list: category, price, in stock, sorted")
            .get(session -> "/api/v1/products?limit=20&inStock=true&minPrice=10&category=" + session.getString("slug")
                    + "&sort=" + SORTS[ThreadLocalRandom.current().nextInt(SORTS.length)])
            .check(status().is(200)));

    private static final ChainBuilder SEARCH_THEN_NEXT_PAGE = exec(session ->
            session.set("q", SEARCHES[ThreadLocalRandom.current().nextInt(SEARCHES.length)]))
            .exec(http("search").get("/api/v1/products?limit=20&q=#{q}")
                    .check(status().is(200), jsonPath("$.nextCursor").optional().saveAs("cursor")))
            .doIf(session -> session.getString("cursor") != null).then(
                    exec(http("search: next page (cursor)").get("/api/v1/products?limit=20&q=#{q}&cursor=#{cursor}")
                            .check(status().is(200))));

    static ScenarioBuilder scenario() {
        return CoreDsl.scenario("public reads")
            .exec(CATEGORIES)
            .exec(randomSwitch().on(
                    percent(50.0).then(BY_ID),
                    percent(20.0).then(BY_SKU),
                    percent(20.0).then(FILTERED_LIST),
                    percent(10.0).then(SEARCH_THEN_NEXT_PAGE)));
    }

    private static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, LoadSettings.PRODUCTS + 1);
    }

    private PublicReads() {
    }
}

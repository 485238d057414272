package dev.catalog.load;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Staff scripts editing through the admin API: read a product, change its stock with If-Match. A 409
 * is a correct answer when two edits race for the same product.
 */
final class StaffEdits {

    private StaffEdits() {
    }

    static HttpProtocolBuilder protocol(String token) {
        return http.baseUrl(LoadSettings.ADMIN_URL)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .authorizationHeader("Bearer " + token);
    }

    static ScenarioBuilder scenario() {
        return CoreDsl.scenario("staff edits")
                .exec(session -> session.set("id", ThreadLocalRandom.current().nextInt(1, LoadSettings.PRODUCTS + 1)))
                .exec(http("admin: read product").get("/admin/api/products/#{id}")
                        .check(status().is(200), header("ETag").saveAs("etag"), bodyString().saveAs("product")))
                .exec(session -> session.set("edited", session.getString("product")
                        .replaceFirst("\"stock\":\\d+", "\"stock\":" + ThreadLocalRandom.current().nextInt(0, 500))))
                .exec(http("admin: change stock").put("/admin/api/products/#{id}")
                        .header("If-Match", "#{etag}")
                        .body(StringBody("#{edited}"))
                        .check(status().in(200, 409)));
    }

    /** Staff edit at a tenth of the public readers' rate: staff are few. */
    static double usersPerSecond() {
        return Math.max(1, LoadSettings.USERS_PER_SECOND / 10);
    }
}

package dev.catalog.load;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The freshness promise under load: rename and publish a product through the admin API, then poll
 * public-api back to back until it serves the new name. The lag (admin answer to first fresh public
 * answer) is collected and printed; the "propagation" group's response time is that lag to within one read.
 */
final class Propagation {

    static final String GROUP = "propagation";
    private static final Queue<Long> LAGS_MS = new ConcurrentLinkedQueue<>();
    private static final int MAX_POLLS = 200;

    private Propagation() {
    }

    static HttpProtocolBuilder protocol() {
        // every poll must carry the body: no ETag revalidation (a 304 has none to look for the new name in)
        return http.acceptHeader("application/json").contentTypeHeader("application/json").disableCaching();
    }

    static ScenarioBuilder scenario(String token) {
        return CoreDsl.scenario("edit, then read until fresh")
            .exec(session -> session.set("id", ThreadLocalRandom.current().nextInt(1, LoadSettings.PRODUCTS + 1))
                    .set("marker", "Load " + UUID.randomUUID()))
            .exec(http("admin: read product").get(LoadSettings.ADMIN_URL + "/admin/api/products/#{id}")
                    .header("Authorization", "Bearer " + token)
                    .check(status().is(200), header("ETag").saveAs("etag"), bodyString().saveAs("product")))
            .exec(session -> session.set("edited", session.getString("product")
                    .replaceFirst("\"name\":\"(?:[^\"\\\\]|\\\\.)*\"", "\"name\":\"" + session.getString("marker") + "\"")
                    .replaceFirst("\"status\":\"\\w+\"", "\"status\":\"PUBLISHED\"")))
            .exec(http("admin: rename and publish").put(LoadSettings.ADMIN_URL + "/admin/api/products/#{id}")
                    .header("Authorization", "Bearer " + token)
                    .header("If-Match", "#{etag}")
                    .body(StringBody("#{edited}"))
                    .check(status().is(200)))
            .exec(session -> session.set("saved", System.nanoTime()).set("fresh", false).set("polls", 0))
            .group(GROUP).on(
                    asLongAs(session -> !session.getBoolean("fresh") && session.getInt("polls") < MAX_POLLS).on(
                            exec(http("public: read until fresh").get(LoadSettings.PUBLIC_URL + "/api/v1/products/#{id}")
                                    .check(status().in(200, 404), bodyString().saveAs("public")))
                                    .exec(session -> session.set("polls", session.getInt("polls") + 1)
                                            .set("fresh", session.getString("public").contains(session.getString("marker"))))))
            .exec(session -> {
                if (session.getBoolean("fresh")) {
                    LAGS_MS.add((System.nanoTime() - session.getLong("saved")) / 1_000_000);
                    return session;
                }
                return session.markAsFailed();
            });
    }

    /** Prints the lags seen so far: p50, p99, max. */
    static void report() {
        List<Long> lags = new ArrayList<>(LAGS_MS);
        lags.sort(null);
        if (lags.isEmpty()) {
            System.out.println("propagation: no edit was seen fresh on public-api");
            return;
        }
        System.out.printf("propagation over %d edits: p50 %d ms, p99 %d ms, max %d ms%n", lags.size(),
                lags.get(lags.size() / 2), lags.get(Math.min(lags.size() - 1, (int) Math.ceil(lags.size() * 0.99) - 1)),
                lags.get(lags.size() - 1));
    }
}

package dev.catalog.system;

import dev.catalog.testing.PrometheusText;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** One read of a service's /prometheus and of its readiness details, on its management port. */
final class Scrape {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String text;

    private Scrape(String text) {
        this.text = text;
    }

    static Scrape of(ServiceProcess service) {
        return new Scrape(get(service.managementUrl() + "/prometheus"));
    }

    /** The whole scrape, as text. */
    static String text(ServiceProcess service) {
        return get(service.managementUrl() + "/prometheus");
    }

    /** The readiness answer with details, as JSON text. */
    static String readiness(ServiceProcess service) {
        return get(service.managementUrl() + "/health/readiness");
    }

    /** The value of the sample whose name and labels start with {@code series}, e.g. {@code x_total{target="a"}. */
    double value(String series) {
        return PrometheusText.value(text, series);
    }

    private static String get(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(url).isIn(200, 503);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

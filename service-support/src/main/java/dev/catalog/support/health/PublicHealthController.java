package dev.catalog.support.health;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthCheckType;
import io.micronaut.management.health.indicator.HealthResult;
import org.reactivestreams.Publisher;

import java.util.Map;

/**
 * Liveness and readiness on the service's own port, for load balancers and probes that only reach
 * it: the status and nothing else. The details, /prometheus and every other management endpoint are
 * served on the management port alone ({@code MANAGEMENT_PORT}), which no deployment publishes.
 */
@Controller("/health")
class PublicHealthController {

    private final HealthEndpoint health;

    PublicHealthController(HealthEndpoint health) {
        this.health = health;
    }

    @Get("/liveness")
    Publisher<HttpResponse<Map<String, String>>> liveness() {
        return statusOf(HealthCheckType.LIVENESS);
    }

    @Get("/readiness")
    Publisher<HttpResponse<Map<String, String>>> readiness() {
        return statusOf(HealthCheckType.READINESS);
    }

    private Publisher<HttpResponse<Map<String, String>>> statusOf(HealthCheckType check) {
        return Publishers.map(health.getHealth(null, check), PublicHealthController::statusOnly);
    }

    private static HttpResponse<Map<String, String>> statusOnly(HealthResult result) {
        boolean operational = result.getStatus().getOperational().orElse(true);
        return HttpResponse.<Map<String, String>>status(operational ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("status", result.getStatus().getName()));
    }
}

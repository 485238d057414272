package dev.catalog.admin.web;

import dev.catalog.support.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Collection;
import java.util.List;

/**
 * The JSON API answers JSON (errors as problem+json): a request whose Accept names neither JSON nor a
 * wildcard covering it gets 406 saying so, before authentication, instead of the 403 an unmatched
 * route would otherwise end in.
 */
@ServerFilter("/admin/api/**")
class AcceptableMediaFilter implements Ordered {


    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    HttpResponse<Problem> check(HttpRequest<?> request) {
        Collection<MediaType> accepted = request.accept();
        if (accepted.isEmpty() || accepted.stream().anyMatch(AcceptableMediaFilter::coversJson)) {
            return null;
        }
        Problem problem = Problem.of(406, "not-acceptable", "Not acceptable",
                "This API answers application/json (errors as application/problem+json); the Accept header asks for "
                        + request.getHeaders().get("Accept") + ".",
                request.getPath(), List.of());
        return problem.toResponse();
    }

    // application/json, application/*, or */* (problem+json alone is not enough: successes are plain JSON)
    // (media types compare case-insensitively; q=0 means "not this one")
    private static boolean coversJson(MediaType accepted) {
        boolean type = accepted.getType().equals("*") || accepted.getType().equalsIgnoreCase("application");
        boolean subtype = accepted.getSubtype().equals("*") || accepted.getSubtype().equalsIgnoreCase("json");
        return type && subtype && accepted.getQualityAsNumber().doubleValue() > 0;
    }
}

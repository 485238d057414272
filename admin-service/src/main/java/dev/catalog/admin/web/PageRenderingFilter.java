package dev.catalog.admin.web;

import dev.catalog.support.observation.RequestObservationFilter;
import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders each page before its answer is sent, so that a template failing halfway (a bug in a template)
 * gets the browser a 500 error page. Micronaut Views otherwise renders while writing the body, where a
 * failure is only logged and the request never gets an answer (micronaut-core #10199, micronaut-views #832,
 * open in 4.10). Pages are small; buffering one costs nothing a staff user would notice.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PageRenderingFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(PageRenderingFilter.class);
    static final String ERROR_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Error - Catalog admin</title>
            <link rel="stylesheet" href="/admin/static/admin.css"></head>
            <body><main><h1>This page could not be shown</h1>
            <p>Something went wrong on our side; it has been logged. <a href="/admin">Back to the admin</a></p>
            </main></body></html>
            """;

    // Just outside Micronaut Views' filter, which turns the controller's view into a Writable.
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.before();
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    MutableHttpResponse<?> renderNow(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.body() instanceof Writable page)) {
            return response;
        }
        StringWriter html = new StringWriter();
        try {
            page.writeTo(html);
        } catch (IOException | RuntimeException e) {
            LOG.error("Page {} failed to render (request id {})", request.getPath(),
                    RequestObservationFilter.idOf(request), e);
            return HttpResponse.<String>status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(ERROR_PAGE);
        }
        return response.body(html.toString());
    }
}

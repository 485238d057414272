package dev.catalog.admin.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/** A page whose template fails while rendering, as a template bug would (tests only). */
@Hidden
@Requires(env = "test")
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/test-broken-page")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class BrokenPageController {

    @Get
    ModelAndView<Map<String, Object>> show() {
        return new ModelAndView<>("test-broken", Map.of("page", "a string has no 'missing' property"));
    }
}

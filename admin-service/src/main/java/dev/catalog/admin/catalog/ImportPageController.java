package dev.catalog.admin.catalog;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV imports in the staff UI: upload (the page's script sends the file as it is, with the CSRF token in
 * a header), the preview row by row with its counts, and the confirm.
 */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.EDITOR)
class ImportPageController {

    static final int PAGE_SIZE = 100;

    private final ProductImportService imports;

    ImportPageController(ProductImportService imports) {
        this.imports = imports;
    }

    @Get
    ModelAndView<Map<String, Object>> list() {
        return listPage(null);
    }

    @Post
    @Consumes(ImportApiController.CSV)
    MutableHttpResponse<?> processUpload(@Body InputStream file, @QueryValue(defaultValue = "upload.csv") String fileName) {
        try {
            ImportSummary preview = imports.preview(file, fileName);
            return Pages.seeOther("/admin/imports/" + preview.header().id());
        } catch (ImportRefusedException refused) {
            return HttpResponse.status(refused.status()).body(listPage(refused.getMessage()));
        }
    }

    @Get("/{id}")
    ModelAndView<Map<String, Object>> show(long id, @Nullable @QueryValue String outcome,
                                           @QueryValue(defaultValue = "0") int after) {
        ImportOutcome only = parse(outcome);
        List<ImportRowView> rows = imports.rows(id, only, Math.max(0, after), PAGE_SIZE + 1);
        Map<String, Object> model = new HashMap<>();
        model.put("summary", imports.require(id));
        model.put("rows", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
        model.put("next", rows.size() > PAGE_SIZE ? rows.get(PAGE_SIZE - 1).line() : null);
        model.put("outcome", only == null ? "" : only.name());
        model.put("outcomes", ImportOutcome.values());
        return new ModelAndView<>("catalog/import", model);
    }

    @Post("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> processConfirm(HttpRequest<?> request, long id, @Body Map<String, String> form) {
        try {
            ImportSummary applied = imports.confirm(id);
            int conflicts = applied.count(ImportSummary.Count.CONFLICT);
            Flash.say(request, "Imported: " + applied.count(ImportSummary.Count.APPLIED) + " product(s) created or "
                    + "changed" + (conflicts == 0 ? "." : "; " + conflicts + " changed since the preview and were "
                    + "left as they are (CONFLICT below)."));
        } catch (ImportNotConfirmableException refused) {
            Flash.say(request, refused.getMessage());
        }
        return Pages.seeOther("/admin/imports/" + id);
    }

    private ModelAndView<Map<String, Object>> listPage(@Nullable String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("imports", imports.recent());
        model.put("maxMegabytes", imports.maxBytes() / (1024 * 1024));
        if (error != null) {
            model.put("error", error);
        }
        return new ModelAndView<>("catalog/imports", model);
    }

    @Nullable
    private static ImportOutcome parse(@Nullable String outcome) {
        try {
            return outcome == null || outcome.isBlank() ? null : ImportOutcome.valueOf(outcome.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

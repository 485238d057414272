package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.HistoryEntry;
import dev.catalog.admin.audit.HistoryReader;
import dev.catalog.admin.audit.PastVersion;
import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.Pages;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.validation.ConstraintViolationException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The history pages products, categories and brands share: an object's history (a deleted one's too,
 * with a way to restore it), any past version beside the present one, and a revert to it. Each kind's
 * controller declares the routes and roles and hands the work here.
 */
final class HistoryPages<T> {

    static final int PAGE_SIZE = 50;

    /** What the pages need of the kind's service. */
    interface Revisions<T> {
        Optional<T> find(long id);

        PastVersion version(long id, long entryId);

        T revert(long id, long entryId, long editedVersion);

        T restore(long id);
    }

    /**
     * @param type   "product": the word in messages and the history's object type
     * @param path   "/admin/products"
     * @param fields the fields a version shows, in order, and how to read them from the object now
     */
    record Kind<T>(String type, String path, Function<T, String> label, Function<T, Long> version,
                   List<String> fields, Function<T, Map<String, String>> fieldsOf) {
    }

    /** One line of a version page: a field then and now. */
    record FieldRow(String name, @Nullable String then, @Nullable String now) {
        public boolean differs() {
            return !Objects.equals(then, now);
        }
    }

    private final Kind<T> kind;
    private final Revisions<T> revisions;
    private final HistoryReader history;

    HistoryPages(Kind<T> kind, Revisions<T> revisions, HistoryReader history) {
        this.kind = kind;
        this.revisions = revisions;
        this.history = history;
    }

    ModelAndView<Map<String, Object>> historyPage(long id, int page) {
        int safePage = Math.max(0, page);
        Optional<T> current = revisions.find(id);
        List<HistoryEntry> entries = history.page(null, kind.type(), id, safePage, PAGE_SIZE).items();
        Map<String, Object> model = objectModel(id, current);
        model.put("entries", entries);
        model.put("page", safePage);
        model.put("hasNext", entries.size() == PAGE_SIZE);
        return new ModelAndView<>("catalog/object-history", model);
    }

    ModelAndView<Map<String, Object>> versionPage(long id, long entryId) {
        return versionPage(id, entryId, null);
    }

    MutableHttpResponse<?> processRevert(HttpRequest<?> request, long id, long entryId, Map<String, String> form) {
        long editedVersion;
        try {
            editedVersion = Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(versionPage(id, entryId, "Open this version again from the history and revert from there."));
        }
        try {
            T reverted = revisions.revert(id, entryId, editedVersion);
            Flash.say(request, "The " + kind.type() + " " + kind.label().apply(reverted)
                    + " was reverted to the version of " + entryId + ".");
            return Pages.seeOther(kind.path() + "/" + id + "/history");
        } catch (VersionConflictException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(versionPage(id, entryId,
                    "Someone changed this " + kind.type() + " since you opened this page; nothing was reverted. "
                            + "The page now compares with their version: revert again if it is still wanted."));
        } catch (ConstraintViolationException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(versionPage(id, entryId,
                    "This version breaks today's rules, so it cannot come back as it is: " + e.getMessage()));
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            return HttpResponse.status(e.status()).body(versionPage(id, entryId, e.getMessage()));
        }
    }

    MutableHttpResponse<?> processRestore(HttpRequest<?> request, long id) {
        try {
            T restored = revisions.restore(id);
            Flash.say(request, "The " + kind.type() + " " + kind.label().apply(restored) + " was restored.");
            return Pages.seeOther(kind.path() + "/" + id);
        } catch (ConstraintViolationException e) {
            return refusedRestore(id, HttpStatus.UNPROCESSABLE_ENTITY,
                    "Its last version breaks today's rules, so it cannot come back as it was: " + e.getMessage());
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            return refusedRestore(id, e.status(), e.getMessage());
        }
    }

    private MutableHttpResponse<?> refusedRestore(long id, HttpStatus status, String reason) {
        ModelAndView<Map<String, Object>> page = historyPage(id, 0);
        page.getModel().ifPresent(model -> model.put("error", reason));
        return HttpResponse.status(status).body(page);
    }

    private ModelAndView<Map<String, Object>> versionPage(long id, long entryId, @Nullable String error) {
        Optional<T> current = revisions.find(id);
        if (current.isEmpty()) {
            throw new CatalogObjectNotFoundException(kind.type(), id);
        }
        PastVersion version = revisions.version(id, entryId);
        Map<String, String> now = kind.fieldsOf().apply(current.get());
        List<FieldRow> rows = kind.fields().stream()
                .map(field -> new FieldRow(field, version.field(field), now.get(field)))
                .toList();
        Map<String, Object> model = objectModel(id, current);
        model.put("entry", version.entry());
        model.put("rows", rows);
        model.put("same", rows.stream().noneMatch(FieldRow::differs));
        model.put("currentVersion", kind.version().apply(current.get()));
        if (error != null) {
            model.put("error", error);
        }
        return new ModelAndView<>("catalog/object-version", model);
    }

    // A deleted object is known by its history alone: its label is the one its last entry recorded.
    private Map<String, Object> objectModel(long id, Optional<T> current) {
        String label = current.map(kind.label()).orElseGet(() -> history.page(null, kind.type(), id, 0, 1).items()
                .stream().findFirst().map(HistoryEntry::objectLabel)
                .orElseThrow(() -> new CatalogObjectNotFoundException(kind.type(), id)));
        Map<String, Object> model = new HashMap<>();
        model.put("type", kind.type());
        model.put("objectPath", kind.path());
        model.put("id", id);
        model.put("exists", current.isPresent());
        model.put("label", label);
        return model;
    }
}

package dev.catalog.admin.catalog;

import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.FormErrors;
import dev.catalog.admin.web.Pages;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.validation.Validator;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The staff pages categories and brands share: add, change (a stale edit shows their version beside
 * yours), delete (refused, with the reason, while products use it); their history is
 * {@link HistoryPages}. Each kind's controller declares its routes and roles and hands the work here.
 *
 * @param <T> the object, @param <F> its form, @param <C> the command the form asks for
 */
final class SlugNamedPages<T, F extends SlugNamedForm<T, C>, C> {

    /** What the pages need of the kind's service. */
    interface Edits<T, C> {
        T require(long id);

        T create(C command);

        T update(long id, C command, long editedVersion);

        void delete(long id);
    }

    /**
     * @param type     "category": the model's name for the object and the word in messages
     * @param path     "/admin/categories"
     * @param template "catalog/category": its -form and -delete views
     */
    record Kind<T>(String type, String path, String template, Function<T, Long> id, Function<T, String> name) {
    }

    private final Kind<T> kind;
    private final Edits<T, C> edits;
    private final Function<T, F> formOf;
    private final Validator validator;

    SlugNamedPages(Kind<T> kind, Edits<T, C> edits, Function<T, F> formOf, Validator validator) {
        this.kind = kind;
        this.edits = edits;
        this.formOf = formOf;
        this.validator = validator;
    }

    ModelAndView<Map<String, Object>> createForm(F empty) {
        return formPage(empty, null, new FormErrors(), null);
    }

    MutableHttpResponse<?> processCreate(HttpRequest<?> request, F form) {
        FormErrors errors = new FormErrors().rejectAll(validator.validate(form.toCommand()));
        if (errors.isEmpty()) {
            try {
                T created = edits.create(form.toCommand());
                Flash.say(request, "The " + kind.type() + " " + kind.name().apply(created) + " was added.");
                return Pages.seeOther(kind.path() + "/" + kind.id().apply(created));
            } catch (ProblemException e) {
                errors.reject(e);
            }
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(form, null, errors, null));
    }

    ModelAndView<Map<String, Object>> editForm(long id) {
        T object = edits.require(id);
        return formPage(formOf.apply(object), object, new FormErrors(), null);
    }

    MutableHttpResponse<?> processEdit(HttpRequest<?> request, long id, F form) {
        T current = edits.require(id);
        FormErrors errors = new FormErrors().rejectAll(validator.validate(form.toCommand()));
        try {
            if (errors.isEmpty()) {
                T saved = edits.update(id, form.toCommand(), form.editedVersion());
                Flash.say(request, "The " + kind.type() + " " + kind.name().apply(saved) + " was changed.");
                return Pages.seeOther(kind.path() + "/" + id);
            }
        } catch (VersionConflictException e) {
            T theirs = edits.require(id);
            errors.reject(FormErrors.FORM, "Someone else saved this " + kind.type() + " while you were editing it. "
                    + "Nothing was saved. Their values are shown below; save again to replace them with yours.");
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(formPage(form.rebasedOn(theirs), theirs, errors, formOf.apply(theirs)));
        } catch (ProblemException e) {
            errors.reject(e);
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(form, current, errors, null));
    }

    ModelAndView<Map<String, Object>> deleteConfirmation(long id) {
        return new ModelAndView<>(kind.template() + "-delete", Map.of(kind.type(), edits.require(id)));
    }

    MutableHttpResponse<?> processDelete(HttpRequest<?> request, long id) {
        T object = edits.require(id);
        try {
            edits.delete(id);
        } catch (ProblemException refused) {
            if (refused.status() != HttpStatus.CONFLICT) {
                throw refused; // gone meanwhile: the not-found page, not this one
            }
            // still used by products, or one that must stay
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>(kind.template() + "-delete",
                    Map.of(kind.type(), object, "error", refused.getMessage())));
        }
        Flash.say(request, "The " + kind.type() + " " + kind.name().apply(object) + " was deleted.");
        return Pages.seeOther(kind.path());
    }

    private ModelAndView<Map<String, Object>> formPage(SlugNamedForm<T, C> form, @Nullable T object,
                                                       FormErrors errors, @Nullable F theirs) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        if (object != null) {
            model.put(kind.type(), object);
        }
        if (theirs != null) {
            model.put("theirs", theirs);
        }
        return new ModelAndView<>(kind.template() + "-form", model);
    }
}

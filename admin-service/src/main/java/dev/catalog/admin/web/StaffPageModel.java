package dev.catalog.admin.web;

import dev.catalog.admin.roles.Roles;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** Adds to every page: who is signed in and what they may do (to show or hide controls), and the flash message. */
@Singleton
class StaffPageModel implements ViewModelProcessor<Map<String, Object>> {

    private static final DisplayTime TIME = new DisplayTime();

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
        request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                .ifPresent(me -> model.put("me", StaffMember.of(me)));
        Flash.take(request).ifPresent(message -> model.put("flash", message));
        model.put("path", request.getPath());
        model.put("time", TIME);
        modelAndView.setModel(model);
    }

    /** The signed-in user as templates see them. */
    public record StaffMember(String username, boolean canEdit, boolean isAdmin) {

        static StaffMember of(Authentication authentication) {
            return new StaffMember(authentication.getName(), authentication.getRoles().contains(Roles.EDITOR),
                    authentication.getRoles().contains(Roles.ADMIN));
        }
    }
}

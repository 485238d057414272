package dev.catalog.admin.sessions;

import dev.catalog.admin.roles.Roles;
import dev.catalog.admin.signin.StaffSessionRegistry;
import dev.catalog.admin.staff.StaffRepository;
import dev.catalog.admin.staff.StaffUser;
import dev.catalog.admin.web.Flash;
import dev.catalog.admin.web.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.session.Session;
import io.micronaut.session.http.SessionForRequest;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

/**
 * Where staff sessions are seen and ended: each member's own (any of them, from any instance), and an
 * administrator's view of a member's, with "end all". An ended session is signed out at its next request.
 */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller("/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class SessionPagesController {

    private final StaffSessionRegistry registry;
    private final StaffRepository staff;

    SessionPagesController(StaffSessionRegistry registry, StaffRepository staff) {
        this.registry = registry;
        this.staff = staff;
    }

    @Get("/account/sessions")
    ModelAndView<Map<String, Object>> ownSessions(HttpRequest<?> request, Authentication me) {
        return page(request, member(me.getName()), true);
    }

    @Post("/account/sessions/{idHash}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> endOwnSession(HttpRequest<?> request, String idHash, Authentication me) {
        boolean ended = registry.end(member(me.getName()).id(), idHash);
        Flash.say(request, ended ? "The session was ended." : "That session had already ended.");
        return Pages.seeOther("/admin/account/sessions");
    }

    @Get("/staff/{id}/sessions")
    @Secured(Roles.ADMIN)
    ModelAndView<Map<String, Object>> memberSessions(HttpRequest<?> request, long id) {
        return page(request, member(id), false);
    }

    @Post("/staff/{id}/sessions/end-all")
    @Secured(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> endAllOfMember(HttpRequest<?> request, long id) {
        StaffUser member = member(id);
        int ended = registry.endAll(member.id(), null);
        Flash.say(request, ended + " session(s) of " + member.username() + " ended.");
        return Pages.seeOther("/admin/staff/" + id + "/sessions");
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, StaffUser member, boolean own) {
        Map<String, Object> model = new HashMap<>();
        model.put("member", member);
        model.put("own", own);
        model.put("sessions", registry.liveSessionsOf(member.id()));
        model.put("current", SessionForRequest.find(request).map(Session::getId)
                .map(StaffSessionRegistry::idHashOf).orElse(""));
        return new ModelAndView<>("staff/sessions", model);
    }

    private StaffUser member(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    private StaffUser member(long id) {
        return staff.findById(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such member."));
    }
}

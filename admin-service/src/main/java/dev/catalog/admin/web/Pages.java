package dev.catalog.admin.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.net.URI;

/** What every page controller needs: telling pages from the API, and Post/Redirect/Get. */
public final class Pages {

    private Pages() {
    }

    /** Staff HTML pages live under /admin/, the JSON API under /admin/api/. */
    public static boolean isPage(HttpRequest<?> request) {
        String path = request.getPath();
        return path.startsWith("/admin") && !path.startsWith("/admin/api/") && !path.equals("/admin/api");
    }

    /** 303 See Other: after a successful post the browser GETs the next page, so reload cannot re-post. */
    public static <T> MutableHttpResponse<T> seeOther(String location) {
        return HttpResponse.<T>status(HttpStatus.SEE_OTHER).headers(headers -> headers.location(URI.create(location)));
    }

    /**
     * A safe place to return to after login: a path on this service's admin, never another site
     * ({@code //evil.example} or {@code /\evil.example} would be).
     */
    public static String localTarget(String next) {
        if (next == null || !next.startsWith("/admin") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/admin/login") || next.contains("\r") || next.contains("\n")) {
            return "/admin/";
        }
        return next;
    }
}

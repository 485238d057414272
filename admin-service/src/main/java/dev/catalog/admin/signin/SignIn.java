package dev.catalog.admin.signin;

import dev.catalog.admin.staff.StaffUser;
import io.micronaut.security.authentication.Authentication;

import java.time.Instant;

/** The outcome of checking a username and password. */
public sealed interface SignIn {

    record Accepted(long staffId, Authentication authentication) implements SignIn {
    }

    /** Wrong password, unknown user or deactivated user: deliberately indistinguishable. */
    record Refused() implements SignIn {
    }

    /** Too many recent failures for this username; nothing was checked. */
    record Locked(Instant until) implements SignIn {
    }

    static SignIn accepted(StaffUser user) {
        return new Accepted(user.id(), Authentication.build(user.username(), user.role().granted()));
    }
}

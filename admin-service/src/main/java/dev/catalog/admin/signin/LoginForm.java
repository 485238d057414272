package dev.catalog.admin.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The login form as posted; blanks are allowed through and simply refused. */
@Serdeable
record LoginForm(@Nullable String username, @Nullable String password, @Nullable String next) {

    @Override
    public String password() {
        return password == null ? "" : password;
    }
}

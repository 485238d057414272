package dev.catalog.admin.signin;

import dev.catalog.admin.roles.StaffRole;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Who must sign in with a second factor (ADMIN_SECOND_FACTOR_REQUIRED_FOR): {@code ADMIN} (the
 * default), {@code STAFF} (everyone) or {@code NONE}. Others may enrol; whoever enrolled always uses it.
 */
@ConfigurationProperties("catalog.second-factor")
public record SecondFactorConfiguration(@Bindable(defaultValue = "ADMIN") RequiredFor requiredFor) {

    public enum RequiredFor { NONE, ADMIN, STAFF }

    public boolean isRequiredFor(StaffRole role) {
        return switch (requiredFor) {
            case NONE -> false;
            case ADMIN -> role == StaffRole.ADMIN;
            case STAFF -> true;
        };
    }
}

package dev.catalog.admin.signin;

import dev.catalog.admin.roles.StaffRole;
import org.junit.jupiter.api.Test;

import static dev.catalog.admin.signin.SecondFactorConfiguration.RequiredFor.ADMIN;
import static dev.catalog.admin.signin.SecondFactorConfiguration.RequiredFor.NONE;
import static dev.catalog.admin.signin.SecondFactorConfiguration.RequiredFor.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

class SecondFactorConfigurationTest {

    @Test
    void adminRequiresItOfAdministratorsOnly() {
        SecondFactorConfiguration admin = new SecondFactorConfiguration(ADMIN);

        assertThat(admin.isRequiredFor(StaffRole.ADMIN)).isTrue();
        assertThat(admin.isRequiredFor(StaffRole.EDITOR)).isFalse();
        assertThat(admin.isRequiredFor(StaffRole.VIEWER)).isFalse();
    }

    @Test
    void staffRequiresItOfEveryoneAndNoneOfNoOne() {
        for (StaffRole role : StaffRole.values()) {
            assertThat(new SecondFactorConfiguration(STAFF).isRequiredFor(role)).isTrue();
            assertThat(new SecondFactorConfiguration(NONE).isRequiredFor(role)).isFalse();
        }
    }
}

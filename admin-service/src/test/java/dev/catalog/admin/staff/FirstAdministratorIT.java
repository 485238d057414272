package dev.catalog.admin.staff;

import dev.catalog.admin.AdminTestDatabase;
import dev.catalog.admin.roles.StaffRole;
import dev.catalog.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each test starts admin-service on a database of its own, to see what the first start does. */
class FirstAdministratorIT {

    @Test
    void withoutAdminCredentialsNobodyIsCreated() {
        try (ApplicationContext service = start(Map.of())) {
            assertThat(service.getBean(StaffRepository.class).count()).isZero();
        }
    }

    @Test
    void withAdminCredentialsAnAdministratorIsCreatedOnce() {
        Map<String, String> credentials = Map.of(
                "catalog.bootstrap.admin-username", "Chief", "catalog.bootstrap.admin-password", "long-enough-pw");
        try (ApplicationContext service = start(credentials)) {
            StaffRepository staff = service.getBean(StaffRepository.class);
            assertThat(staff.findByUsername("chief")).hasValueSatisfying(user -> {
                assertThat(user.role()).isEqualTo(StaffRole.ADMIN);
                assertThat(user.passwordHash()).isNotEqualTo("long-enough-pw");
            });
            assertThat(staff.count()).isEqualTo(1);
        }
    }

    @Test
    void tooShortAdminPasswordStopsTheStart() {
        Map<String, String> credentials = Map.of(
                "catalog.bootstrap.admin-username", "chief", "catalog.bootstrap.admin-password", "short");

        assertThatThrownBy(() -> start(credentials).close())
                .hasStackTraceContaining("ADMIN_PASSWORD must have at least");
    }

    private static ApplicationContext start(Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>(AdminTestDatabase.on(TestDatabase.another()));
        properties.putAll(extra);
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(properties, Environment.TEST);
    }
}

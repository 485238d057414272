package dev.catalog.admin.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongUnguessablePassphraseIsAccepted() {
        assertThat(policy.problemWith("lantern orbit maple 47 drizzle", "mara")).isEmpty();
    }

    @Test
    void tooShortIsRefusedWithTheMinimum() {
        assertThat(policy.problemWith("x7#Kq2!", "mara")).hasValue("must have at least 10 characters");
        assertThat(policy.problemWith(null, "mara")).hasValue("must have at least 10 characters");
    }

    @Test
    void tooLongIsRefused() {
        assertThat(policy.problemWith("lantern orbit ".repeat(10), "mara")).hasValue("must have at most 128 characters");
    }

    @Test
    void theUsernameInsideInAnyCaseIsRefused() {
        assertThat(policy.problemWith("xx-MaraBeltrami-2026-qq", "marabeltrami")).hasValue("must not contain the username");
    }

    @Test
    void commonAndPatternedPasswordsAreRefused() {
        assertThat(policy.problemWith("password1234", "mara")).hasValueSatisfying(reason -> assertThat(reason).contains("too common"));
        assertThat(policy.problemWith("qwertyuiop1", "mara")).hasValueSatisfying(reason -> assertThat(reason).contains("too common"));
    }
}

package dev.catalog.admin.signin;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TotpCodesTest {

    // RFC 6238 appendix B: the SHA-1 key "12345678901234567890", at 59 s, gives 94287082 (8 digits; 6: 287082).
    private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void theCodesAreRfc6238s() {
        TotpCodes at59 = new TotpCodes(Clock.fixed(Instant.ofEpochSecond(59), ZoneOffset.UTC));

        assertThat(at59.codeAt(RFC_KEY, at59.currentStep())).isEqualTo("287082");
    }

    @Test
    void aCodeIsGoodForItsStepAndOneEitherSideOnly() {
        TotpCodes codes = new TotpCodes(Clock.fixed(Instant.ofEpochSecond(1_111_111_109L), ZoneOffset.UTC));
        long now = codes.currentStep();

        assertThat(codes.stepOf(RFC_KEY, codes.codeAt(RFC_KEY, now))).hasValue(now);
        assertThat(codes.stepOf(RFC_KEY, codes.codeAt(RFC_KEY, now - 1))).hasValue(now - 1);
        assertThat(codes.stepOf(RFC_KEY, codes.codeAt(RFC_KEY, now + 1))).hasValue(now + 1);
        assertThat(codes.stepOf(RFC_KEY, codes.codeAt(RFC_KEY, now - 2))).isEmpty();
        assertThat(codes.stepOf(RFC_KEY, codes.codeAt(RFC_KEY, now + 2))).isEmpty();
    }

    @Test
    void onlySixDigitsAreACode() {
        TotpCodes codes = new TotpCodes();

        assertThat(codes.stepOf(RFC_KEY, "abcdef")).isEmpty();
        assertThat(codes.stepOf(RFC_KEY, "")).isEmpty();
        assertThat(codes.stepOf(RFC_KEY, null)).isEmpty();
    }

    @Test
    void newKeysAre160RandomBitsInBase32() {
        TotpCodes codes = new TotpCodes();

        assertThat(codes.newSecret()).matches("[A-Z2-7]{32}").isNotEqualTo(codes.newSecret());
    }

    @Test
    void theEnrolmentUriIsWhatAuthenticatorAppsRead() {
        assertThat(TotpCodes.enrolmentUri("ana.lopez", RFC_KEY)).isEqualTo("otpauth://totp/Catalog%20admin:ana.lopez"
                + "?secret=" + RFC_KEY + "&issuer=Catalog%20admin&algorithm=SHA1&digits=6&period=30");
    }
}

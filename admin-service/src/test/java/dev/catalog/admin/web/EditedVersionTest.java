package dev.catalog.admin.web;

import dev.catalog.support.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditedVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "W/\"3\"", " \"3\" ", "3"})
    void theEtagWeSentNamesTheVersion(String ifMatch) {
        assertThat(EditedVersion.require(ifMatch, null)).isEqualTo(3);
    }

    @Test
    void theBodysVersionWillDoWithoutAHeader() {
        assertThat(EditedVersion.require(null, 8L)).isEqualTo(8);
    }

    @Test
    void headerAndBodyMustAgreeWhenBothAreSent() {
        assertThat(EditedVersion.require("\"4\"", 4L)).isEqualTo(4);
        assertThatThrownBy(() -> EditedVersion.require("\"4\"", 5L))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.getMessage()).contains("version 4").contains("says 5"));
    }

    @Test
    void anEditWithoutAnyVersionIsRefused() {
        assertThatThrownBy(() -> EditedVersion.require(null, null)).isInstanceOf(VersionRequiredException.class);
    }

    @Test
    void somethingThatIsNotOurEtagIsABadRequest() {
        assertThatThrownBy(() -> EditedVersion.require("\"abc\"", null))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status().getCode())
                        .isEqualTo(400));
    }

    @Test
    void theEtagOfAVersionIsQuoted() {
        assertThat(EditedVersion.etag(12L)).isEqualTo("\"12\"");
    }
}

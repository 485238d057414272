package dev.catalog.publicapi.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class CursorCodecTest {

    private static final String AUDIO = "v1|sort=id|category=audio";
    private static final String EVERY_CATEGORY = "v1|sort=id|category=";

    private final CursorCodec codec = codecWithSecret("test-secret-for-page-cursors");

    @Test
    void decodesThePositionItEncoded() {
        String cursor = codec.encode(AUDIO, "42");

        assertThat(codec.decode(cursor, AUDIO)).contains("42");
    }

    @Test
    void cursorIsSafeInAQueryStringAsItIs() {
        String cursor = codec.encode(AUDIO, "42");

        assertThat(cursor).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void cursorForAnotherScopeDoesNotDecode() {
        String cursor = codec.encode(AUDIO, "42");

        assertThat(codec.decode(cursor, EVERY_CATEGORY)).isEmpty();
    }

    @Test
    void cursorSignedWithAnotherSecretDoesNotDecode() {
        String cursor = codecWithSecret("another-instance-secret").encode(AUDIO, "42");

        assertThat(codec.decode(cursor, AUDIO)).isEmpty();
    }

    @Test
    void alteredPositionDoesNotDecode() {
        String cursor = codec.encode(AUDIO, "42");
        String signature = cursor.substring(cursor.indexOf('.') + 1);

        String altered = base64(AUDIO + "\n0") + "." + signature;

        assertThat(codec.decode(altered, AUDIO)).isEmpty();
    }

    @Test
    void alteredSignatureDoesNotDecode() {
        String cursor = codec.encode(AUDIO, "42");
        int dot = cursor.indexOf('.');
        // The first signature character, not the last: the last one's low bits are base64 padding.
        char first = cursor.charAt(dot + 1);

        String altered = cursor.substring(0, dot + 1) + (first == 'A' ? 'B' : 'A') + cursor.substring(dot + 2);

        assertThat(codec.decode(altered, AUDIO)).isEmpty();
    }

    @Test
    void forgedCursorWithoutTheSecretDoesNotDecode() {
        String forged = base64(AUDIO + "\n42") + "." + base64("a guessed signature");

        assertThat(codec.decode(forged, AUDIO)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "page-2", ".NDI", "NDI.", "NDI.!!!", "!!!.NDI", "a.b.c"})
    void malformedCursorDoesNotDecode(String cursor) {
        assertThat(codec.decode(cursor, AUDIO)).isEmpty();
    }

    private static CursorCodec codecWithSecret(String secret) {
        return new CursorCodec(new CursorConfiguration(secret));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

package dev.catalog.admin.secondfactor;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.catalog.admin.signin.TotpCodes;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTest {

    @Test
    void theImageReadsBackAsTheEnrolmentUri() throws Exception {
        String uri = TotpCodes.enrolmentUri("ana.lopez", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        String dataUri = QrCodes.pngDataUri(uri);

        assertThat(dataUri).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(uri);
    }
}

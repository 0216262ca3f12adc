package iq.cpf.awareness.platform.control;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * HTML written by a template, printed as a PDF in the reader's language: right-to-left for Arabic
 * and Sorani, with DejaVu Sans embedded for every script and the letters joined by {@link
 * ShapingReorderer}. The reports and the parents' consent letters are printed here alike.
 */
@ApplicationScoped
public class Pdfs {

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    public byte[] print(String html, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ShapingReorderer());
            builder.defaultTextDirection(
                    language.rightToLeft() ? TextDirection.RTL : TextDirection.LTR);
            builder.withHtmlContent(html, null);
            builder.withProducer(Messages.get(language.locale(), "app.name"));
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String name) {
        return Pdfs.class.getClassLoader().getResourceAsStream(FONTS + name);
    }
}

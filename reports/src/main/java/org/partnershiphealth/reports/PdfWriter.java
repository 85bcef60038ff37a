package org.partnershiphealth.reports;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns the report HTML into PDF with openhtmltopdf: the same document, parsed leniently by jsoup, with the
 * bundled DejaVu Sans font (so symbols such as ≥ and × print) and Batik for the inline SVG charts. Page size,
 * running headers and page numbers come from the report's print CSS.
 */
final class PdfWriter {

    private static final String FONT = "DejaVu Sans";

    /** Held so the level set below is not lost when the logger is garbage-collected. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        // openhtmltopdf logs every rendering step at INFO on standard error, and PDFBox warns that the unused
        // built-in Helvetica falls back to a system font; a command line must stay quiet.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    byte[] write(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> PdfWriter.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT, 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> PdfWriter.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT, 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written: " + e.getMessage(), e);
        }
    }
}

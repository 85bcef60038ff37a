package org.partnershiphealth.reports;

import java.util.Locale;

/**
 * The SVG primitives every chart of the reports draws with: an accessible frame (role="img", a title that says what
 * the chart shows), lines and text in the reports' ink and font, coordinates to one decimal. Text is escaped here,
 * so no caller can inject markup through a name.
 */
public final class Svg {

    public static final String INK = "#1f2933";
    public static final String GRID = "#c9ced6";
    public static final String FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";

    private Svg() {
    }

    public static StringBuilder open(int width, int height, String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\""
                        + " aria-label=\"%s\"><title>%s</title>", width, height, width, height, escape(title),
                escape(title)));
    }

    public static String line(double x1, double y1, double x2, double y2, String stroke, double width) {
        return String.format(Locale.ROOT,
                "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
                fmt(x1), fmt(y1), fmt(x2), fmt(y2), stroke, width == 1 ? "1" : fmt(width));
    }

    public static String text(double x, double y, String anchor, int size, boolean bold, String content, String fill) {
        return String.format(Locale.ROOT,
                "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" font-size=\"%d\"%s fill=\"%s\" %s>%s</text>",
                fmt(x), fmt(y), anchor, size, bold ? " font-weight=\"bold\"" : "", fill, FONT, escape(content));
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A coordinate: one decimal, whatever the locale. */
    public static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

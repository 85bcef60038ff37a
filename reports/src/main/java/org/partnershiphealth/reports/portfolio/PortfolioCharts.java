package org.partnershiphealth.reports.portfolio;

import org.partnershiphealth.reports.ReportText;
import org.partnershiphealth.reports.Svg;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A measure across the portfolio as inline SVG, in the manner of the other reports' charts (no scripts, no external
 * assets, the numbers also in words): a horizontal box plot (whiskers from the lowest to the highest value, the box
 * over the middle half, a line at the median) above a strip with one dot per partnership. Dots that would overlap
 * are stacked in rows, lowest value first, so the same data always draws the same picture. One partnership may be
 * marked, as a larger diamond in another colour, for the partnership's own page.
 */
public final class PortfolioCharts {

    private static final String INK = Svg.INK;
    private static final String GRID = Svg.GRID;
    private static final String BLUE = "#3b6ea8";
    private static final String BOX = "#dbe6f3";
    private static final String MARK = "#d35400";
    private static final double BOX_TOP = 18;
    private static final double BOX_HEIGHT = 24;
    private static final double STRIP_TOP = BOX_TOP + BOX_HEIGHT + 14;
    private static final double DOT = 3.5;
    private static final double ROW = 9;
    /** Beyond this many rows dots share a row and overlap; translucency keeps the overlap visible. */
    private static final int MAX_ROWS = 10;

    private final ReportText words;

    public PortfolioCharts(ReportText words) {
        this.words = words;
    }

    /** "Health index", or the principle with its id: "P1 Clarity of purpose". */
    public String label(Measure measure) {
        return measure.healthIndex() ? words.t("portfolio.healthIndex") : measure.id() + " " + measure.name();
    }

    /** The spread of a shown measure in words, as the chart's accessible name and caption. */
    public String description(Measure measure) {
        Distribution d = shown(measure).distribution();
        Measure.Scale scale = measure.scale();
        return words.t("portfolio.chart.across", label(measure), d.n()) + " "
                + words.t("portfolio.chart.middle", scale.format(d.median()), scale.format(d.lowerQuartile()),
                scale.format(d.upperQuartile())) + " "
                + words.t("portfolio.chart.range", scale.format(d.min()), scale.format(d.max()));
    }

    /** The chart of a shown measure without a marked partnership. */
    public String spread(Measure measure, int width) {
        return spread(measure, null, width);
    }

    /**
     * The chart of a shown measure, marking {@code highlight} when it is given and has a value for the measure.
     * The width is in pixels, as for the other charts (620 for a full-width chart).
     */
    public String spread(Measure measure, PortfolioEntry highlight, int width) {
        Distribution d = shown(measure).distribution();
        Measure.Scale scale = measure.scale();
        Axis axis = new Axis(scale, 24, width - 24);
        Double value = highlight == null ? null : measure.valueOf(highlight);
        int marked = value == null ? -1 : d.values().indexOf(value);
        String markedWords = marked < 0 ? "" : words.t("portfolio.chart.marked", highlight.name(), scale.format(value));
        double[] xs = d.values().stream().mapToDouble(axis::x).toArray();
        int[] rows = stack(xs);
        double baseline = STRIP_TOP + (Arrays.stream(rows).max().orElse(0) + 1) * ROW + 2;
        int height = (int) Math.ceil(baseline + 18 + (marked < 0 ? 0 : 18));
        StringBuilder svg = open(width, height, (description(measure) + " " + markedWords).strip());
        drawAxis(svg, axis, baseline);
        drawBox(svg, axis, d);
        for (int i = 0; i < xs.length; i++) {
            double y = STRIP_TOP + rows[i] * ROW + DOT;
            svg.append(i == marked ? diamond(xs[i], y, 6.5) : String.format(Locale.ROOT,
                    "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\" fill-opacity=\"0.75\"/>", fmt(xs[i]), fmt(y),
                    fmt(DOT), BLUE));
        }
        if (marked >= 0) {
            svg.append(diamond(axis.left() + 6, baseline + 26, 6));
            svg.append(text(axis.left() + 16, baseline + 30, "start", 11, true, markedWords));
        }
        return svg.append("</svg>").toString();
    }

    /** Where a value goes on the chart: the scale's low end at {@code left}, its high end at {@code right}. */
    private record Axis(Measure.Scale scale, double left, double right) {
        double x(double value) {
            return left + (right - left) * (value - scale.low()) / (scale.high() - scale.low());
        }
    }

    /** A faint line and a number at each step of the scale, and the axis itself under the dots. */
    private static void drawAxis(StringBuilder svg, Axis axis, double baseline) {
        Measure.Scale scale = axis.scale();
        for (double v = scale.low(); v <= scale.high() + 1e-9; v += scale.step()) {
            svg.append(line(axis.x(v), BOX_TOP - 4, axis.x(v), baseline, GRID, 1));
            svg.append(text(axis.x(v), baseline + 13, "middle", 10, false, format(v)));
        }
        svg.append(line(axis.left(), baseline, axis.right(), baseline, INK, 1));
    }

    /** Whiskers from the lowest to the highest value, the box over the middle half, a thick line at the median. */
    private void drawBox(StringBuilder svg, Axis axis, Distribution d) {
        double middle = BOX_TOP + BOX_HEIGHT / 2;
        double low = axis.x(d.min());
        double high = axis.x(d.max());
        double lower = axis.x(d.lowerQuartile());
        double upper = axis.x(d.upperQuartile());
        svg.append(line(low, middle, high, middle, INK, 1.5));
        svg.append(line(low, middle - 7, low, middle + 7, INK, 1.5));
        svg.append(line(high, middle - 7, high, middle + 7, INK, 1.5));
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>",
                fmt(lower), fmt(BOX_TOP), fmt(Math.max(1, upper - lower)), fmt(BOX_HEIGHT), BOX, BLUE));
        svg.append(line(axis.x(d.median()), BOX_TOP, axis.x(d.median()), BOX_TOP + BOX_HEIGHT, INK, 3));
        svg.append(text((lower + upper) / 2, BOX_TOP - 6, "middle", 9, false, words.t("portfolio.chart.middleHalf")));
    }

    /**
     * A row for each dot, given the dots' x positions lowest first: the first row where it keeps clear of the dot
     * before it, or, when every row is taken, the row whose last dot is furthest to the left.
     */
    static int[] stack(double[] xs) {
        double[] lastInRow = new double[MAX_ROWS];
        Arrays.fill(lastInRow, Double.NEGATIVE_INFINITY);
        int[] rows = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            int row = 0;
            for (int r = 0; r < MAX_ROWS; r++) {
                if (xs[i] - lastInRow[r] >= 2 * DOT + 1) {
                    row = r;
                    break;
                }
                if (lastInRow[r] < lastInRow[row]) {
                    row = r;
                }
            }
            rows[i] = row;
            lastInRow[row] = xs[i];
        }
        return rows;
    }

    private static Measure shown(Measure measure) {
        if (!measure.shown()) {
            throw new IllegalArgumentException(measure.id() + " is not shown: only " + measure.n()
                    + " partnerships have a value for it");
        }
        return measure;
    }

    // --- SVG primitives ---------------------------------------------------------------------------------------------

    private static StringBuilder open(int width, int height, String title) {
        return Svg.open(width, height, title);
    }

    private static String diamond(double x, double y, double r) {
        List<String> points = List.of(fmt(x) + "," + fmt(y - r), fmt(x + r) + "," + fmt(y), fmt(x) + "," + fmt(y + r),
                fmt(x - r) + "," + fmt(y));
        return "<polygon points=\"" + String.join(" ", points) + "\" fill=\"" + MARK + "\" stroke=\"" + INK
                + "\" stroke-width=\"1\"/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, double width) {
        return Svg.line(x1, y1, x2, y2, stroke, width);
    }

    private static String text(double x, double y, String anchor, int size, boolean bold, String content) {
        return Svg.text(x, y, anchor, size, bold, content, INK);
    }

    /** An axis mark: "20", "3". */
    private static String format(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String escape(String text) {
        return Svg.escape(text);
    }

    private static String fmt(double value) {
        return Svg.fmt(value);
    }
}

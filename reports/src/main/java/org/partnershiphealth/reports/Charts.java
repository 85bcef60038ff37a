package org.partnershiphealth.reports;

import org.partnershiphealth.diagnosis.Band;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.diagnosis.PrincipleScore;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Principle;
import org.partnershiphealth.reports.annual.AnnualComparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report's charts as inline SVG, drawn here rather than in templates so they are testable and identical in
 * HTML and PDF. No scripts, no external assets; every chart also carries its numbers as text, and colour is
 * never the only cue (bands are labelled). Titles and labels come from {@link ReportText} ({@code chart.*}).
 */
public final class Charts {

    static final String STRENGTH = "#2e7d32";
    static final String WATCH = "#b7791f";
    static final String CONCERN = "#c62828";
    private static final String GRID = Svg.GRID;
    private static final String INK = Svg.INK;

    private final KnowledgeBase knowledge;
    private final ReportText words;

    /** Charts labelled in English. */
    public Charts(KnowledgeBase knowledge) {
        this(knowledge, ReportText.english());
    }

    public Charts(KnowledgeBase knowledge, ReportText words) {
        this.knowledge = knowledge;
        this.words = words;
    }

    static String colour(Band band) {
        return switch (band) {
            case STRENGTH -> STRENGTH;
            case WATCH -> WATCH;
            case CONCERN -> CONCERN;
        };
    }

    /** The six principles on a hexagonal radar, rings at 1..5 with the concern (3) and strength (4) lines marked. */
    public String radar(List<PrincipleScore> scores, int size) {
        Map<String, PrincipleScore> byId = scores.stream().collect(Collectors.toMap(PrincipleScore::principleId, s -> s));
        List<Principle> principles = knowledge.principles();
        int width = (int) (size * 1.4);
        double centre = size / 2.0;
        double middle = width / 2.0;
        double radius = size * 0.32;
        int axes = principles.size();
        StringBuilder svg = open(width, size, words.t("chart.radar.title"));
        svg.append("<g transform=\"translate(").append(fmt(middle - centre)).append(",0)\">");
        for (int ring = 1; ring <= 5; ring++) {
            double r = radius * (ring - 1) / 4.0;
            String stroke = ring == 3 ? CONCERN : ring == 4 ? STRENGTH : GRID;
            String dash = ring == 3 || ring == 4 ? " stroke-dasharray=\"4 3\"" : "";
            svg.append(polygon(centre, r, axes, "none", stroke, dash));
        }
        List<String> points = new ArrayList<>();
        for (int i = 0; i < axes; i++) {
            double angle = angle(i, axes);
            double x = centre + radius * Math.cos(angle);
            double y = centre + radius * Math.sin(angle);
            svg.append(line(centre, centre, x, y, GRID));
            Principle principle = principles.get(i);
            PrincipleScore score = byId.get(principle.id());
            double value = score == null ? 1 : score.mean();
            double r = radius * (value - 1) / 4.0;
            points.add(fmt(centre + r * Math.cos(angle)) + "," + fmt(centre + r * Math.sin(angle)));
            double lx = centre + (radius + size * 0.06) * Math.cos(angle);
            double ly = centre + (radius + size * 0.06) * Math.sin(angle);
            String anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
            svg.append(text(lx, ly, anchor, 12, true, principle.id()));
            svg.append(text(lx, ly + 14, anchor, 11, false,
                    score == null ? words.t("chart.notScored") : valueAndBand(score.mean(), score.band())));
        }
        svg.append("<polygon points=\"").append(String.join(" ", points))
                .append("\" fill=\"#3b6ea8\" fill-opacity=\"0.25\" stroke=\"#3b6ea8\" stroke-width=\"2\"/>");
        return svg.append("</g></svg>").toString();
    }

    /** One cell per practice, grouped by principle in columns, coloured and labelled by band. */
    public String heatMap(List<PracticeScore> scores, int width) {
        Map<String, PracticeScore> byId = scores.stream().collect(Collectors.toMap(PracticeScore::practiceId, s -> s));
        List<Principle> principles = knowledge.principles();
        int rows = principles.stream().mapToInt(p -> knowledge.practicesOf(p.id()).size()).max().orElse(1);
        double columnWidth = width / (double) principles.size();
        double cellHeight = 34;
        int height = (int) (24 + rows * (cellHeight + 4));
        StringBuilder svg = open(width, height, words.t("chart.heatMap.title"));
        for (int c = 0; c < principles.size(); c++) {
            Principle principle = principles.get(c);
            double x = c * columnWidth;
            svg.append(text(x + columnWidth / 2, 14, "middle", 12, true, principle.id()));
            List<Practice> practices = knowledge.practicesOf(principle.id());
            for (int r = 0; r < practices.size(); r++) {
                Practice practice = practices.get(r);
                PracticeScore score = byId.get(practice.id());
                double y = 22 + r * (cellHeight + 4);
                String fill = score == null ? "#eceff3" : colour(score.band());
                String ink = score == null ? INK : "#ffffff";
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"3\" fill=\"%s\"><title>%s</title></rect>",
                        fmt(x + 2), fmt(y), fmt(columnWidth - 4), fmt(cellHeight), fill,
                        escape(practice.id() + " " + practice.title())));
                svg.append(text(x + columnWidth / 2, y + 14, "middle", 11, true, practice.id(), ink));
                svg.append(text(x + columnWidth / 2, y + 28, "middle", 10, false,
                        score == null ? words.t("chart.notAsked") : fmt2(score.mean()), ink));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The health index as a horizontal gauge from 0 to 100, with the band limits marked. */
    public String gauge(double healthIndex, Band band, double concernAt, double strengthAt, int width) {
        int height = 56;
        double barWidth = width - 20;
        StringBuilder svg = open(width, height, words.t("chart.gauge.title", fmt1(healthIndex), words.band(band)));
        svg.append(rect(10, 18, barWidth, 14, "#eceff3"));
        svg.append(rect(10, 18, barWidth * healthIndex / 100, 14, colour(band)));
        for (double limit : new double[]{concernAt, strengthAt}) {
            double x = 10 + barWidth * limit / 100;
            svg.append(line(x, 12, x, 38, INK));
        }
        svg.append(text(10, 12, "start", 11, false, "0"));
        svg.append(text(10 + barWidth, 12, "end", 11, false, "100"));
        svg.append(text(10 + barWidth * healthIndex / 100, 52, "middle", 12, true,
                fmt1(healthIndex) + " · " + words.band(band)));
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars with a label and value each, e.g. strengths or anti-pattern severities. */
    public <T> String bars(List<T> items, Function<T, String> labelOf, Function<T, Double> valueOf, double max,
                           Function<T, String> colourOf, Function<T, String> valueText, int width) {
        int rowHeight = 22;
        int height = Math.max(rowHeight, items.size() * rowHeight) + 4;
        double labelWidth = width * 0.6;
        double barSpace = width - labelWidth - 40;
        StringBuilder svg = open(width, height, words.t("chart.bars.title"));
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            double y = i * rowHeight + 4;
            svg.append(text(labelWidth - 6, y + 13, "end", 10, false, labelOf.apply(item)));
            double value = Math.max(0, Math.min(max, valueOf.apply(item)));
            svg.append(rect(labelWidth, y + 2, barSpace * value / max, 14, colourOf.apply(item)));
            svg.append(text(labelWidth + barSpace * value / max + 4, y + 13, "start", 11, true, valueText.apply(item)));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The six principles as bars on the 1–5 scale, each named and labelled with its value and band in words, over
     * three labelled zones (concern, watch, strength): a chart that needs no legend.
     */
    public String principleBars(List<PrincipleScore> scores, double concernAt, double strengthAt, int width) {
        int rowHeight = 22;
        int top = 18;
        int height = top + scores.size() * rowHeight + 18;
        double labelWidth = width * 0.42;
        double left = labelWidth;
        double right = width - 96;
        Function<Double, Double> x = v -> left + (right - left) * (v - 1) / 4.0;
        StringBuilder svg = open(width, height, words.t("chart.principleBars.title"));
        svg.append(rect(x.apply(1.0), top - 4, x.apply(concernAt) - x.apply(1.0), height - top - 10, "#fbe9e7"));
        svg.append(rect(x.apply(concernAt), top - 4, x.apply(strengthAt) - x.apply(concernAt), height - top - 10,
                "#fdf3e1"));
        svg.append(rect(x.apply(strengthAt), top - 4, x.apply(5.0) - x.apply(strengthAt), height - top - 10,
                "#e8f5e9"));
        svg.append(text((x.apply(1.0) + x.apply(concernAt)) / 2, top - 8, "middle", 10, true,
                words.band(Band.CONCERN), CONCERN));
        svg.append(text((x.apply(concernAt) + x.apply(strengthAt)) / 2, top - 8, "middle", 10, true,
                words.band(Band.WATCH), "#7a4f0e"));
        svg.append(text((x.apply(strengthAt) + x.apply(5.0)) / 2, top - 8, "middle", 10, true,
                words.band(Band.STRENGTH), STRENGTH));
        for (int i = 0; i < scores.size(); i++) {
            PrincipleScore score = scores.get(i);
            double y = top + i * rowHeight;
            svg.append(text(labelWidth - 8, y + 14, "end", 11, false, knowledge.principle(score.principleId()).name()));
            svg.append(rect(x.apply(1.0), y + 3, x.apply(score.mean()) - x.apply(1.0), 15, colour(score.band())));
            svg.append(text(x.apply(5.0) + 6, y + 15, "start", 11, true, valueAndBand(score.mean(), score.band()),
                    INK));
        }
        for (int v = 1; v <= 5; v++) {
            svg.append(text(x.apply((double) v), height - 4, "middle", 9, false, Integer.toString(v)));
        }
        return svg.append("</svg>").toString();
    }

    /** Principle means per period as lines (a slope chart when there are two rounds). */
    public String trends(List<AnnualComparison.PrincipleTrend> trends, List<String> periods, int width) {
        int height = 240;
        double left = 40;
        double right = width - 150;
        double top = 16;
        double bottom = height - 28;
        StringBuilder svg = open(width, height, words.t("chart.trends.title"));
        for (int v = 1; v <= 5; v++) {
            double y = bottom - (bottom - top) * (v - 1) / 4.0;
            svg.append(line(left, y, right, y, v == 3 ? CONCERN : v == 4 ? STRENGTH : GRID));
            svg.append(text(left - 6, y + 4, "end", 10, false, Integer.toString(v)));
        }
        double step = periods.size() < 2 ? 0 : (right - left) / (periods.size() - 1);
        for (int p = 0; p < periods.size(); p++) {
            svg.append(text(left + step * p, height - 8, "middle", 11, true, periods.get(p)));
        }
        String[] palette = {"#3b6ea8", "#8e44ad", "#16a085", "#d35400", "#2c3e50", "#c0392b"};
        List<Double> labelYs = new ArrayList<>();
        for (int t = 0; t < trends.size(); t++) {
            AnnualComparison.PrincipleTrend trend = trends.get(t);
            String colour = palette[t % palette.length];
            List<String> points = new ArrayList<>();
            Double last = null;
            for (int p = 0; p < trend.means().size(); p++) {
                Double mean = trend.means().get(p);
                if (mean != null) {
                    double x = left + step * p;
                    double y = bottom - (bottom - top) * (mean - 1) / 4.0;
                    points.add(fmt(x) + "," + fmt(y));
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>",
                            fmt(x), fmt(y), colour));
                    last = mean;
                }
            }
            svg.append("<polyline points=\"").append(String.join(" ", points)).append("\" fill=\"none\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"2\"/>");
            if (last != null) {
                double y = bottom - (bottom - top) * (last - 1) / 4.0;
                for (Double taken : labelYs) {
                    if (Math.abs(taken - y) < 12) {
                        y = taken + 12;
                    }
                }
                labelYs.add(y);
                svg.append(text(right + 8, y + 4, "start", 11, false,
                        trend.principleId() + " " + fmt2(last) + " (" + signed(trend.change()) + ")", colour));
            }
        }
        return svg.append("</svg>").toString();
    }

    // --- SVG primitives --------------------------------------------------------------------------------------------

    private static StringBuilder open(int width, int height, String title) {
        return Svg.open(width, height, title);
    }

    private static String polygon(double centre, double r, int sides, String fill, String stroke, String extra) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < sides; i++) {
            double angle = angle(i, sides);
            points.add(fmt(centre + r * Math.cos(angle)) + "," + fmt(centre + r * Math.sin(angle)));
        }
        return "<polygon points=\"" + String.join(" ", points) + "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\""
                + extra + "/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return Svg.line(x1, y1, x2, y2, stroke, 1);
    }

    private static String rect(double x, double y, double w, double h, String fill) {
        return String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"2\" fill=\"%s\"/>",
                fmt(x), fmt(y), fmt(Math.max(0, w)), fmt(h), fill);
    }

    private static String text(double x, double y, String anchor, int size, boolean bold, String content) {
        return text(x, y, anchor, size, bold, content, INK);
    }

    private static String text(double x, double y, String anchor, int size, boolean bold, String content, String fill) {
        return Svg.text(x, y, anchor, size, bold, content, fill);
    }

    private static double angle(int i, int count) {
        return -Math.PI / 2 + 2 * Math.PI * i / count;
    }

    /** "2.34 concern": a mean with its band in words. */
    private String valueAndBand(double mean, Band band) {
        return words.t("chart.valueAndBand", fmt2(mean), words.band(band));
    }

    static String escape(String text) {
        return Svg.escape(text);
    }

    private static String fmt(double value) {
        return Svg.fmt(value);
    }

    static String fmt1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String fmt2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }
}

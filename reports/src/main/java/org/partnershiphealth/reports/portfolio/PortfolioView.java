package org.partnershiphealth.reports.portfolio;

import org.partnershiphealth.reports.ReportText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the portfolio templates show, put into words once here (from {@link ReportText}) so the templates stay
 * plain: a chart and a caption per measure, and for each partnership, alphabetically, the context lines that say
 * where it lies. The lines name a quarter or the middle half and the number of partnerships, never a place in an
 * order.
 */
public final class PortfolioView {

    /** A measure's chart with its heading and its numbers in words; no chart when the measure is not shown. */
    public record Panel(String heading, String chart, String caption) {
        public boolean shown() {
            return chart != null;
        }
    }

    /**
     * One partnership's context: "Health index 62.0: in the middle half of 24 partnerships (…)." and, for the
     * principles, which fall in which part: "Principles in the middle half: P1 (3.40), P2 (3.55). Principles in the
     * highest quarter: P6 (4.30)."
     */
    public record Row(String name, String period, String health, String principles) {
    }

    private final Portfolio portfolio;
    private final ReportText text;
    private final PortfolioCharts charts;
    private final int width;

    /** The view of {@code portfolio} in {@code text}'s language, with charts {@code width} pixels wide. */
    public PortfolioView(Portfolio portfolio, ReportText text, int width) {
        this.portfolio = portfolio;
        this.text = text;
        this.charts = new PortfolioCharts(text);
        this.width = width;
    }

    /** "Health index", or the principle with its id: "P1 Clarity of purpose". */
    public String label(Measure measure) {
        return charts.label(measure);
    }

    public Panel health() {
        return panel(portfolio.healthIndex());
    }

    public List<Panel> principles() {
        return portfolio.principles().stream().map(this::panel).toList();
    }

    private Panel panel(Measure measure) {
        if (!measure.shown()) {
            return new Panel(charts.label(measure), null,
                    text.t("portfolio.principle.withheld", measure.n(), portfolio.minimum()));
        }
        return new Panel(charts.label(measure), charts.spread(measure, width), charts.description(measure));
    }

    /** Every partnership with its context, alphabetically; none when the portfolio has too few partnerships. */
    public List<Row> rows() {
        if (!portfolio.enough()) {
            return List.of();
        }
        return portfolio.entries().stream().map(e -> new Row(e.name(), e.period(),
                contextLine(e, portfolio.healthIndex()), principlesLine(e))).toList();
    }

    /**
     * "Health index 62.0: in the middle half of 24 partnerships (the middle half runs from 55.0 to 70.0)."; empty
     * when the partnership has no value for the measure or the measure is not shown.
     */
    public String contextLine(PortfolioEntry entry, Measure measure) {
        Optional<Position> position = portfolio.position(entry, measure);
        if (position.isEmpty()) {
            return "";
        }
        Measure.Scale scale = measure.scale();
        Distribution d = measure.distribution();
        String lower = scale.format(d.lowerQuartile());
        String upper = scale.format(d.upperQuartile());
        String where = switch (position.get()) {
            case LOWEST_QUARTER -> text.t("portfolio.position.lowest", d.n(), lower, upper);
            case MIDDLE_HALF -> text.t("portfolio.position.middle", d.n(), lower, upper);
            case HIGHEST_QUARTER -> text.t("portfolio.position.highest", d.n(), lower, upper);
        };
        return text.t("portfolio.context.line", charts.label(measure), scale.format(measure.valueOf(entry)), where);
    }

    /**
     * The shown principles grouped by where the partnership lies, lowest quarter first, then those its round did
     * not publish: "Principles in the middle half: P1 (3.40), P2 (3.55). Principles not published for this round:
     * P5."
     */
    public String principlesLine(PortfolioEntry entry) {
        Map<Position, List<String>> byPosition = new EnumMap<>(Position.class);
        List<String> notPublished = new ArrayList<>();
        for (Measure measure : portfolio.principles()) {
            Optional<Position> position = portfolio.position(entry, measure);
            if (position.isPresent()) {
                byPosition.computeIfAbsent(position.get(), p -> new ArrayList<>()).add(text.t(
                        "portfolio.context.principle", measure.id(), measure.scale().format(measure.valueOf(entry))));
            } else if (measure.shown()) {
                notPublished.add(measure.id());
            }
        }
        List<String> sentences = new ArrayList<>();
        byPosition.forEach((position, principles) -> sentences.add(text.t(switch (position) {
            case LOWEST_QUARTER -> "portfolio.context.principles.lowest";
            case MIDDLE_HALF -> "portfolio.context.principles.middle";
            case HIGHEST_QUARTER -> "portfolio.context.principles.highest";
        }, String.join(", ", principles))));
        if (!notPublished.isEmpty()) {
            sentences.add(text.t("portfolio.context.principles.notPublished", String.join(", ", notPublished)));
        }
        return String.join(" ", sentences);
    }
}

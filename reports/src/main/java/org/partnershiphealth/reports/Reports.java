package org.partnershiphealth.reports;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.partnershiphealth.diagnosis.Band;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.reports.annual.AnnualComparer;
import org.partnershiphealth.reports.annual.AnnualComparison;
import org.partnershiphealth.reports.portfolio.Portfolio;
import org.partnershiphealth.reports.portfolio.PortfolioView;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the three reports (full diagnosis, one-page executive briefing, annual health report) and the portfolio
 * view of many partnerships as HTML, PDF or Markdown from Freemarker templates under {@code templates/}. HTML
 * templates ({@code .ftlh}) escape everything by default, so respondent text can never inject markup. Thread-safe;
 * build one and reuse it.
 *
 * <p>The reports' fixed words come from {@link ReportText} in one language per instance: English unless the
 * constructor is given another language that has a {@code reports_<code>.properties} file (see
 * {@link ReportText} for how to add one). Every template sees them as {@code t}.
 */
public final class Reports {

    public enum Kind { DIAGNOSIS, BRIEFING, ANNUAL }

    public enum Format { HTML, PDF, MD }

    private final KnowledgeBase knowledge;
    private final ReportText text;
    private final Configuration freemarker;
    private final Charts charts;
    private final PdfWriter pdf = new PdfWriter();

    /** Reports in English. */
    public Reports(KnowledgeBase knowledge) {
        this(knowledge, ReportText.ENGLISH);
    }

    /** Reports in {@code language}, or in English when the reports have not been translated into it. */
    public Reports(KnowledgeBase knowledge, Locale language) {
        this.knowledge = knowledge;
        this.text = ReportText.of(language);
        this.charts = new Charts(knowledge, text);
        this.freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setClassForTemplateLoading(Reports.class, "/templates");
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setLocale(Locale.ROOT);
        freemarker.setNumberFormat("0.##");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    /** A report of one diagnosis: DIAGNOSIS or BRIEFING. */
    public byte[] render(Kind kind, Format format, Diagnosis diagnosis) {
        if (kind == Kind.ANNUAL) {
            throw new IllegalArgumentException("An annual report needs two or more rounds; use annual(...)");
        }
        Map<String, Object> model = diagnosisModel(diagnosis);
        String folder = kind == Kind.DIAGNOSIS ? "diagnosis/report" : "briefing/briefing";
        return output(folder, format, model);
    }

    /** The annual health report over two or more rounds of one partnership, oldest first or in any order. */
    public byte[] annual(Format format, List<Diagnosis> rounds) {
        return annual(format, rounds, List.of());
    }

    /**
     * The annual health report over the rounds that have published results. {@code leftOut} names the periods of
     * rounds that had too few respondents to publish anything; the report says they were left out and why.
     * Self-assessments (one person's view) are never compared in an annual report: they are left out likewise.
     */
    public byte[] annual(Format format, List<Diagnosis> rounds, List<String> leftOut) {
        return annual(format, rounds, leftOut, Map.of());
    }

    /**
     * As {@link #annual(Format, List, List)}, with the loop: the commitments the partnership made on each round's
     * plan (by period), what it reported done, and whether each practice moved by the next round.
     */
    public byte[] annual(Format format, List<Diagnosis> rounds, List<String> leftOut,
                         Map<String, List<org.partnershiphealth.diagnosis.Commitment>> commitmentsByPeriod) {
        return annual(format, rounds, leftOut, commitmentsByPeriod, Map.of());
    }

    /** As above, with what each round's 90-day check-in heard, by period and practice. */
    public byte[] annual(Format format, List<Diagnosis> rounds, List<String> leftOut,
                         Map<String, List<org.partnershiphealth.diagnosis.Commitment>> commitmentsByPeriod,
                         Map<String, Map<String, org.partnershiphealth.reports.annual.CommitmentLoop.Seen>> checkIns) {
        List<String> omitted = new java.util.ArrayList<>(leftOut);
        rounds.stream().filter(Diagnosis::selfAssessment).map(Diagnosis::period).forEach(omitted::add);
        List<Diagnosis> compared = rounds.stream().filter(round -> !round.selfAssessment()).toList();
        AnnualComparison comparison = new AnnualComparer(knowledge, text).compare(compared);
        Diagnosis latest = compared.stream().max(java.util.Comparator.comparing(Diagnosis::period)).orElseThrow();
        Map<String, Object> model = diagnosisModel(latest);
        model.put("c", comparison);
        model.put("leftOut", omitted.stream().sorted().toList());
        model.put("trendChart", charts.trends(comparison.principles(), comparison.periods(), 620));
        model.put("loop", org.partnershiphealth.reports.annual.CommitmentLoop.of(compared, commitmentsByPeriod, checkIns,
                knowledge));
        return output("annual/annual", format, model);
    }

    /**
     * The portfolio view of an organisation's partnerships: how their health index and principles are spread,
     * the anti-patterns they share, and where each lies, as context and never as a league table. Below the
     * portfolio's minimum number of partnerships it says only how many there are and how many are needed.
     */
    public byte[] portfolio(Format format, Portfolio portfolio, String organisationName) {
        if (organisationName == null || organisationName.isBlank()) {
            throw new IllegalArgumentException("A portfolio view needs the organisation's name");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("p", portfolio);
        model.put("organisation", organisationName);
        model.put("view", new PortfolioView(portfolio, text, 620));
        return output("portfolio/portfolio", format, model);
    }

    public String html(Kind kind, Diagnosis diagnosis) {
        return new String(render(kind, Format.HTML, diagnosis), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The messages go in here, where the format is known: escaped for HTML, plain for Markdown. */
    private byte[] output(String template, Format format, Map<String, Object> model) {
        model.put("t", format == Format.MD ? text : text.html());
        return switch (format) {
            case HTML -> process(template + ".ftlh", model).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PDF -> pdf.write(process(template + ".ftlh", model));
            case MD -> process(template + ".md.ftl", model).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
    }

    private Map<String, Object> diagnosisModel(Diagnosis d) {
        Map<String, Object> model = new HashMap<>();
        DiagnosisView view = new DiagnosisView(d, knowledge, text);
        model.put("d", d);
        model.put("kb", knowledge);
        model.put("view", view);
        model.put("notice", view.selfAssessmentNotice());
        double concernIndex = (d.method().concernBelow() - 1) / 4 * 100;
        double strengthIndex = (d.method().strengthAtLeast() - 1) / 4 * 100;
        model.put("radar", charts.radar(d.scores().principles(), 260));
        model.put("heatMap", charts.heatMap(d.scores().practices(), 620));
        model.put("gauge", charts.gauge(d.scores().healthIndex(), d.scores().healthBand(), concernIndex, strengthIndex, 620));
        model.put("smallRadar", charts.radar(d.scores().principles(), 230));
        model.put("smallHeatMap", charts.heatMap(d.scores().practices(), 330));
        model.put("smallGauge", charts.gauge(d.scores().healthIndex(), d.scores().healthBand(), concernIndex,
                strengthIndex, 330));
        model.put("strengthBars", charts.bars(view.strengths().stream().limit(5).toList(),
                f -> f.practiceIds().get(0) + " " + shorten(view.practiceTitle(f.practiceIds().get(0)), 22),
                f -> view.mean(f.practiceIds().get(0)), 5, f -> Charts.STRENGTH,
                f -> Charts.fmt2(view.mean(f.practiceIds().get(0))), 330));
        model.put("antiPatternBars", charts.bars(view.antiPatterns().stream().limit(5).toList(),
                f -> shorten(knowledge.antiPattern(f.antiPatternId()).name(), 30), f -> f.severity(), 1,
                f -> f.severity() >= 0.6 ? Charts.CONCERN : Charts.WATCH, f -> Charts.fmt2(f.severity()), 330));
        model.put("focusBars", charts.bars(d.focus().stream().limit(5).toList(),
                r -> r.practiceId() + " " + shorten(r.title(), 22), r -> Math.min(2, r.priority()), 2,
                r -> "#3b6ea8", r -> Charts.fmt2(r.priority()), 330));
        model.put("principleBars", charts.principleBars(d.scores().principles(), d.method().concernBelow(),
                d.method().strengthAtLeast(), 640));
        model.put("bands", Map.of("strength", d.method().strengthAtLeast(), "concern", d.method().concernBelow()));
        model.put("concernBand", Band.CONCERN);
        return model;
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1).strip() + "…";
    }

    private String process(String name, Map<String, Object> model) {
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Report template " + name + " could not be read", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Report template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }
}

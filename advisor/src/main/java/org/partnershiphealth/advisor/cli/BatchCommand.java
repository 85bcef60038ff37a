package org.partnershiphealth.advisor.cli;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.portfolio.PortfolioExport;
import org.partnershiphealth.advisor.intake.IntakeException;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.FindingKind;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.disclosure.WithheldException;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExitCodeGenerator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Diagnoses a portfolio: every survey in a folder, in parallel, with a progress bar on a terminal. Writes a
 * summary CSV (health index, band, focus per partnership) and lists every file that failed, with its problems.
 * Exit code 2 when any file failed; the other files are still diagnosed and summarised.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Diagnose every survey file in a folder and write a portfolio summary CSV.")
final class BatchCommand implements Runnable, IExitCodeGenerator {

    private int exitCode;

    @Parameters(paramLabel = "DIR", description = "Folder of survey files (.json, .yaml, .yml, .csv, .xlsx); partnership"
            + " files (*.partnership.yaml) and column mappings (*.mapping.yaml) are used by their exports, not"
            + " diagnosed themselves. Every other file is listed with the reason it was not read; .xls, .ods, .tsv"
            + " and .txt files count as failures.")
    Path folder;

    @Option(names = "--summary", paramLabel = "FILE", defaultValue = "portfolio-summary.csv",
            description = "Where to write the summary CSV. Default: ${DEFAULT-VALUE}.")
    Path summary;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Also write each diagnosis as JSON into DIR.")
    Path outDir;

    @Option(names = "--threads", paramLabel = "N", description = "Parallel workers. Default: the number of cores.")
    Integer threads;

    @Option(names = "--portfolio", paramLabel = "FILE", description = "Also write the portfolio view: the"
            + " partnerships' health and principles as spreads, shared anti-patterns and each one's place as context"
            + " (never a ranking), from each partnership's latest diagnosed survey. The file's ending chooses the"
            + " format: .html, .pdf, .md, .csv or .xlsx.")
    Path portfolio;

    @Option(names = "--portfolio-minimum", paramLabel = "N", defaultValue = "5", description = "Partnerships the"
            + " portfolio view needs (never below 3, so no partnership stands out on its own). Default: ${DEFAULT-VALUE}.")
    int portfolioMinimum;

    @Option(names = "--portfolio-name", paramLabel = "NAME", description = "Whose portfolio the view's title names"
            + " (a funder, a consultancy). Default: the folder's name.")
    String portfolioName;

    @Mixin
    RuleOptions options = new RuleOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * One file's result: a diagnosis, results withheld by the anonymity policy, the problems that failed it, or
     * the reason it was not read. {@code survey} is false only for a file that is no survey at all; a survey, or
     * an export in a format batch cannot read, fails when it is not diagnosed.
     */
    private record Outcome(Path file, Diagnosis diagnosis, boolean withheld, List<String> problems,
                           boolean survey) {

        Outcome(Path file, Diagnosis diagnosis, boolean withheld, List<String> problems) {
            this(file, diagnosis, withheld, problems, true);
        }

        boolean notASurvey() {
            return !survey;
        }
    }

    /**
     * What is kept of one file once it is diagnosed: its summary line and, for a failure, its problems. The diagnosis
     * itself is dropped at once, so memory does not grow with the portfolio.
     */
    private record Row(String line, Status status, List<String> problems,
                       org.partnershiphealth.reports.portfolio.PortfolioEntry entry) {
    }

    private enum Status { DIAGNOSED, WITHHELD, FAILED, NOT_READ }

    @Override
    public void run() {
        Listing listing = listFolder();
        Advisor advisor = options.advisor();
        SurveyReader reader = new SurveyReader(advisor.knowledge());
        IntakeOptions intakeOptions = options.intakeOptions(reader);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(listing.surveys().size(), err, System.console() != null);
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        // rows are written in file order as they complete; at most this many files are in flight at once
        int window = workers * 8;
        java.util.ArrayDeque<Future<Row>> inFlight = new java.util.ArrayDeque<>();
        Map<Status, Integer> counts = new java.util.EnumMap<>(Status.class);
        List<String> failures = new ArrayList<>();
        List<String> notRead = new ArrayList<>();
        Map<String, org.partnershiphealth.reports.portfolio.PortfolioEntry> entries = new java.util.TreeMap<>();
        if (portfolio != null) {
            PortfolioFile.check(portfolio, portfolioMinimum);
        }
        try (Outputs.Stream csv = Outputs.open(summary, spec.commandLine().getOut())) {
            csv.print(HEADER);
            for (Object entry : listing.inOrder()) {
                if (entry instanceof Outcome unread) {
                    inFlight.add(java.util.concurrent.CompletableFuture.completedFuture(row(unread)));
                } else {
                    Path file = (Path) entry;
                    inFlight.add(pool.submit(() -> row(diagnose(file, reader, advisor, intakeOptions, progress))));
                }
                while (inFlight.size() >= window || !inFlight.isEmpty() && inFlight.peek().isDone()) {
                    record(inFlight.poll().get(), csv, counts, failures, notRead, entries);
                }
            }
            while (!inFlight.isEmpty()) {
                record(inFlight.poll().get(), csv, counts, failures, notRead, entries);
            }
            csv.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The batch was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The batch failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        int diagnosed = counts.getOrDefault(Status.DIAGNOSED, 0);
        int withheld = counts.getOrDefault(Status.WITHHELD, 0);
        int failed = counts.getOrDefault(Status.FAILED, 0);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d of %d surveys diagnosed%s; summary written to %s%n", diagnosed, diagnosed + withheld + failed,
                withheld == 0 ? "" : ", " + withheld + " withheld (fewer than " + advisor.disclosure().k()
                        + " respondents)", summary);
        if (portfolio != null) {
            out.println(PortfolioFile.write(portfolio, List.copyOf(entries.values()), portfolioMinimum, advisor,
                    portfolioName != null && !portfolioName.isBlank() ? portfolioName.strip()
                            : folder.toAbsolutePath().normalize().getFileName().toString()));
        }
        if (!notRead.isEmpty()) {
            err.println(counts.getOrDefault(Status.NOT_READ, 0) + " other file(s) not read:");
            notRead.forEach(problem -> err.println("  - " + problem));
        }
        if (failed > 0) {
            err.println(failed + " file(s) failed:");
            failures.forEach(problem -> err.println("  - " + problem));
            err.flush();
            exitCode = PhaCommand.BAD_INPUT;
        }
        out.flush();
    }

    private static void record(Row row, Outputs.Stream csv, Map<Status, Integer> counts, List<String> failures,
                               List<String> notRead,
                               Map<String, org.partnershiphealth.reports.portfolio.PortfolioEntry> entries) {
        csv.print(row.line());
        if (row.entry() != null) {
            // a partnership stands in the portfolio with its latest period only
            entries.merge(row.entry().partnershipId(), row.entry(),
                    (kept, other) -> other.period().compareTo(kept.period()) > 0 ? other : kept);
        }
        counts.merge(row.status(), 1, Integer::sum);
        if (row.status() == Status.FAILED) {
            failures.addAll(row.problems());
        } else if (row.status() == Status.NOT_READ) {
            notRead.addAll(row.problems());
        }
    }

    private static Row row(Outcome outcome) {
        Status status = outcome.diagnosis() != null ? Status.DIAGNOSED : outcome.withheld() ? Status.WITHHELD
                : outcome.notASurvey() ? Status.NOT_READ : Status.FAILED;
        Diagnosis diagnosis = outcome.diagnosis();
        return new Row(summaryLine(outcome), status,
                status == Status.FAILED || status == Status.NOT_READ ? outcome.problems() : List.of(),
                diagnosis == null || !PortfolioExport.eligible(diagnosis) || diagnosis.partnership() == null ? null
                        : PortfolioExport.entry(diagnosis.partnership().id(), diagnosis.partnership().name(), diagnosis));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private Outcome diagnose(Path file, SurveyReader reader, Advisor advisor, IntakeOptions intakeOptions,
                             Progress progress) {
        try {
            Diagnosis diagnosis = advisor.diagnose(reader.read(file, intakeOptions));
            if (outDir != null) {
                String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".diagnosis.json";
                Outputs.write(outDir.resolve(name), DiagnosisJson.write(diagnosis), null);
            }
            return new Outcome(file, diagnosis, false, List.of());
        } catch (WithheldException e) {
            return new Outcome(file, null, true, List.of(e.getMessage()));
        } catch (IntakeException e) {
            return new Outcome(file, null, false, e.problems().stream().map(Object::toString).toList());
        } catch (RuntimeException e) {
            return new Outcome(file, null, false, List.of(file + ": " + e.getMessage()));
        } finally {
            progress.step();
        }
    }

    /** Files a survey tool or a spreadsheet could have written, that batch cannot read: each one is a failure. */
    private static final Map<String, String> UNREADABLE = Map.of(
            "xls", "an .xls workbook from an older Excel: save it as .xlsx or CSV",
            "xlsm", "a macro workbook: save it as .xlsx or CSV",
            "ods", "an OpenDocument spreadsheet: save it as .xlsx or CSV",
            "numbers", "a Numbers spreadsheet: export it as .xlsx or CSV",
            "tsv", "tab-separated text: rename it to .csv (the separator is recognised)",
            "txt", "text: if it is an export, rename it to .csv (the separator is recognised)");

    /** The folder's survey files, and every other file, each with the reason it is not read. */
    private record Listing(List<Path> surveys, List<Outcome> unread) {

        /** Survey paths and unread files' outcomes together, in file-name order (the summary's order). */
        List<Object> inOrder() {
            List<Object> all = new ArrayList<>(surveys);
            all.addAll(unread);
            all.sort(java.util.Comparator.comparing(entry -> entry instanceof Outcome o ? o.file() : (Path) entry));
            return all;
        }
    }

    private Listing listFolder() {
        if (!Files.isDirectory(folder)) {
            throw new PhaCommand.BadInputException(folder + ": not a folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> surveys = new ArrayList<>();
            List<Outcome> unread = new ArrayList<>();
            for (Path path : entries.filter(Files::isRegularFile).sorted().toList()) {
                String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
                if (name.startsWith(".") || name.matches(".*\\.(partnership|mapping)\\.(json|ya?ml)$")
                        || name.endsWith(".diagnosis.json") || path.toAbsolutePath().equals(summary.toAbsolutePath())) {
                    continue; // hidden files, the inputs of other files, and this command's own outputs
                }
                if (name.matches(".*\\.(json|ya?ml|csv|xlsx)$")) {
                    surveys.add(path);
                } else {
                    String reason = UNREADABLE.getOrDefault(extension, "not a survey file (.json, .yaml, .yml, .csv"
                            + " or .xlsx)");
                    unread.add(new Outcome(path, null, false, List.of(path.getFileName() + ": not read: " + reason),
                            UNREADABLE.containsKey(extension)));
                }
            }
            if (surveys.isEmpty() && unread.stream().allMatch(Outcome::notASurvey)) {
                throw new PhaCommand.BadInputException(folder + ": no survey files (.json, .yaml, .yml, .csv, .xlsx)");
            }
            return new Listing(surveys, unread);
        } catch (IOException e) {
            throw new PhaCommand.BadInputException(folder + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    static final String HEADER = "file,partnership_id,partnership,period,form,respondents,skipped,"
            + "health_index,band,anti_patterns,focus,status,problems\n";

    /** One file's line of the summary CSV. */
    private static String summaryLine(Outcome outcome) {
        Diagnosis d = outcome.diagnosis();
        List<String> cells = new ArrayList<>();
        cells.add(outcome.file().getFileName().toString());
        if (d == null) {
            // a withheld round's row says nothing about its answers, not even how many people gave them
            cells.addAll(List.of("", "", "", "", "", "", "", "", "", "",
                    outcome.withheld() ? "withheld" : outcome.notASurvey() ? "not read" : "failed",
                    outcome.withheld() ? "fewer respondents than the anonymity limit"
                            : String.join(" | ", outcome.problems())));
        } else {
            cells.add(d.partnership().id());
            cells.add(d.partnership().name());
            cells.add(d.period());
            cells.add(d.form().name());
            cells.add(Integer.toString(d.method().respondentsUsed()));
            cells.add(Integer.toString(d.method().respondentsSkipped()));
            cells.add(String.format(Locale.ROOT, "%.1f", d.scores().healthIndex()));
            cells.add(d.scores().healthBand().name());
            cells.add(d.findings().stream().filter(f -> f.kind() == FindingKind.ANTI_PATTERN && f.asserted())
                    .map(f -> f.antiPatternId()).collect(Collectors.joining(" ")));
            cells.add(d.focus().stream().map(BatchCommand::label).collect(Collectors.joining("; ")));
            cells.add("ok");
            cells.add("");
        }
        return cells.stream().map(BatchCommand::quote).collect(Collectors.joining(",")) + "\n";
    }

    private static String label(Recommendation recommendation) {
        return recommendation.practiceId() + " " + recommendation.title();
    }

    /** A CSV cell as spreadsheets read it safely (formulas defused, quoted when needed). */
    static String quote(String cell) {
        return org.partnershiphealth.advisor.SafeCsv.cell(cell);
    }

    /** A progress bar redrawn in place on a terminal; silent when output goes to a file or pipe. */
    private static final class Progress {
        private final int total;
        private final PrintWriter err;
        private final boolean enabled;
        private final AtomicInteger done = new AtomicInteger();

        Progress(int total, PrintWriter err, boolean enabled) {
            this.total = total;
            this.err = err;
            this.enabled = enabled;
        }

        void step() {
            int now = done.incrementAndGet();
            if (enabled && (now == total || now % Math.max(1, total / 100) == 0)) {
                int width = 30;
                int filled = (int) ((long) now * width / total);
                synchronized (err) {
                    err.printf("\r[%s%s] %d/%d", "#".repeat(filled), " ".repeat(width - filled), now, total);
                    err.flush();
                }
            }
        }

        void finish() {
            if (enabled) {
                err.println();
                err.flush();
            }
        }
    }
}

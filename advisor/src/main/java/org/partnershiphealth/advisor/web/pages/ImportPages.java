package org.partnershiphealth.advisor.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.partnershiphealth.advisor.intake.AnswerScale;
import org.partnershiphealth.advisor.intake.ColumnMapping;
import org.partnershiphealth.advisor.intake.ColumnReading;
import org.partnershiphealth.advisor.intake.Intake;
import org.partnershiphealth.advisor.intake.IntakeException;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.ProblemGroups;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.AssessmentService;
import org.partnershiphealth.advisor.service.ConflictException;
import org.partnershiphealth.advisor.web.ReportFormats;
import org.partnershiphealth.knowledge.Question;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Importing a file into a round, in two steps: a preview that reads the file as the import would (how every column
 * was read, rows left out, responses the round already has, problems by cause), where the consultant can choose the
 * answer scale of a numeric export and say what unrecognised columns hold, then the import itself. The upload and
 * those choices wait in the session; nothing is stored before the consultant confirms.
 */
@Controller
class ImportPages extends ConsoleErrors {

    private static final String PENDING = "import-preview";

    private final AssessmentService assessments;

    ImportPages(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /** An upload waiting for the consultant's confirmation, with the reading choices made so far. */
    record PendingImport(long roundId, String fileName, byte[] content, AnswerScale scale,
                         LinkedHashMap<String, String> mapping) implements Serializable {

        PendingImport with(AnswerScale chosenScale, LinkedHashMap<String, String> chosenMapping) {
            return new PendingImport(roundId, fileName, content, chosenScale, chosenMapping);
        }
    }

    @PostMapping("/app/rounds/{id}/import")
    String upload(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                  @RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        String name = Objects.requireNonNullElse(file.getOriginalFilename(), "upload.csv");
        PendingImport pending = new PendingImport(id, name, file.getBytes(), null, new LinkedHashMap<>());
        session.setAttribute(PENDING, pending);
        return preview(me, pending, model);
    }

    /**
     * Reads the waiting upload again with the consultant's choices: the answer scale, and for each column a meaning
     * typed in its box (a question id, sector, role, tenure, respondent or ignore; empty keeps what was read).
     */
    @PostMapping("/app/rounds/{id}/import/reread")
    String reread(@AuthenticationPrincipal Consultant me, @PathVariable long id, HttpServletRequest request,
                  HttpSession session, Model model, RedirectAttributes flash) {
        PendingImport pending = pending(session, id);
        if (pending == null) {
            flash.addFlashAttribute("error", "Nothing to import: upload the file again.");
            return "redirect:/app/rounds/" + id;
        }
        String scale = request.getParameter("scale");
        LinkedHashMap<String, String> mapping = new LinkedHashMap<>();
        for (int index = 0; request.getParameter("header-" + index) != null && index < 5_000; index++) {
            String meaning = Objects.requireNonNullElse(request.getParameter("meaning-" + index), "").strip();
            if (!meaning.isEmpty()) {
                mapping.put(request.getParameter("header-" + index), meaning);
            }
        }
        AnswerScale chosen;
        try {
            chosen = scale == null || scale.isBlank() ? null : AnswerScale.parse(scale);
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        PendingImport updated = pending.with(chosen, mapping);
        session.setAttribute(PENDING, updated);
        return preview(me, updated, model);
    }

    /** The consultant's column mapping for this export, as a file to keep and use again (CLI --mapping too). */
    @GetMapping("/app/rounds/{id}/import/mapping.yaml")
    ResponseEntity<byte[]> mappingFile(@PathVariable long id, HttpSession session) {
        PendingImport pending = pending(session, id);
        Map<String, String> entries = pending == null ? Map.of() : pending.mapping();
        String base = pending == null ? "export" : pending.fileName().replaceFirst("\\.[^.]+$", "");
        return ResponseEntity.ok().contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ReportFormats.attachment(base + ".mapping.yaml"))
                .body(ColumnMapping.write(entries).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/app/rounds/{id}/import/confirm")
    String confirm(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                   @RequestParam(defaultValue = "false") boolean skipInvalid, HttpSession session,
                   RedirectAttributes flash) {
        PendingImport pending = pending(session, id);
        session.removeAttribute(PENDING);
        if (pending == null) {
            flash.addFlashAttribute("error", "Nothing to import: upload the file again.");
            return "redirect:/app/rounds/" + id;
        }
        try {
            AssessmentService.Imported imported = assessments.importFile(me.organisationId(), id, pending.fileName(),
                    pending.content(), options(pending).skippingInvalid(skipInvalid));
            flash.addFlashAttribute("message", imported.imported() + " responses imported"
                    + (imported.alreadyInRound() > 0 ? "; " + imported.alreadyInRound()
                    + " were already in this round and were left as they are" : "")
                    + (imported.changedSinceImported() > 0 ? " (" + imported.changedSinceImported() + " of them answer"
                    + " differently in this file)" : "")
                    + (imported.skipped() > 0 ? "; " + imported.skipped() + " skipped because of problems" : "") + "."
                    + (imported.rowsLeftOut().isEmpty() ? "" : " Rows that were no respondent, left out and counted in"
                    + " the method: " + String.join("; ", imported.rowsLeftOut()) + "."));
        } catch (IntakeException e) {
            flash.addFlashAttribute("error", "Nothing was imported: " + e.problems().size() + " problem(s) remain.");
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/app/rounds/" + id;
    }

    private String preview(Consultant me, PendingImport pending, Model model) {
        long id = pending.roundId();
        model.addAttribute("round", assessments.round(me.organisationId(), id));
        model.addAttribute("fileName", pending.fileName());
        model.addAttribute("scale", pending.scale() == null ? "" : pending.scale().option());
        model.addAttribute("scales", List.of(AnswerScale.values()));
        model.addAttribute("mapping", pending.mapping());
        model.addAttribute("targets", targets());
        List<ColumnReading> columns;
        List<String> choiceProblems = List.of();
        IntakeOptions options;
        try {
            options = options(pending);
        } catch (IntakeException e) {
            // a meaning typed wrong: say so, and show the columns as read without the choices
            choiceProblems = ProblemGroups.describe(e.problems());
            options = IntakeOptions.strict().withScale(pending.scale());
        }
        try {
            AssessmentService.Preview preview = assessments.preview(me.organisationId(), id, pending.fileName(),
                    pending.content(), options);
            Intake intake = preview.intake();
            columns = intake.columns();
            model.addAttribute("ready", intake.input().respondents().size());
            model.addAttribute("already", preview.alreadyInRound());
            model.addAttribute("changed", preview.changedSinceImported());
            model.addAttribute("layout", intake.layout());
            model.addAttribute("leftOut", intake.leftOutDescribed());
            model.addAttribute("notes", intake.notes());
            model.addAttribute("problems", List.of());
            model.addAttribute("problemCount", 0);
            model.addAttribute("validIfSkipping", 0);
        } catch (IntakeException e) {
            columns = e.columns();
            model.addAttribute("ready", 0);
            model.addAttribute("already", 0);
            model.addAttribute("changed", 0);
            model.addAttribute("leftOut", List.of());
            model.addAttribute("notes", List.of());
            model.addAttribute("problems", ProblemGroups.describe(e.problems()));
            model.addAttribute("problemCount", e.problems().size());
            model.addAttribute("validIfSkipping", validIfSkipping(me, pending, options));
        }
        if (!choiceProblems.isEmpty()) {
            List<String> problems = new ArrayList<>(choiceProblems);
            @SuppressWarnings("unchecked")
            List<String> others = (List<String>) model.getAttribute("problems");
            problems.addAll(others);
            model.addAttribute("problems", problems);
            model.addAttribute("problemCount", problems.size());
            model.addAttribute("ready", 0);
        }
        model.addAttribute("columns", columns);
        model.addAttribute("samples", columns.stream().anyMatch(column -> !column.samples().isEmpty()));
        return "web/import-preview";
    }

    private int validIfSkipping(Consultant me, PendingImport pending, IntakeOptions options) {
        try {
            return assessments.validIfSkipping(me.organisationId(), pending.roundId(), pending.fileName(),
                    pending.content(), options);
        } catch (IntakeException e) {
            return 0;
        }
    }

    /** The choices as intake options; a mapping that does not parse is reported by the read, like any problem. */
    private IntakeOptions options(PendingImport pending) {
        IntakeOptions options = IntakeOptions.strict().withScale(pending.scale());
        if (pending.mapping().isEmpty()) {
            return options;
        }
        return options.withMapping(assessments.reader().mapping("your column choices",
                ColumnMapping.write(pending.mapping()).getBytes(StandardCharsets.UTF_8)));
    }

    /** What a column can be said to hold, for the suggestions under each box. */
    private List<String> targets() {
        List<String> targets = new ArrayList<>(List.of("ignore", "sector", "role", "tenure", "respondent"));
        assessments.reader().questionIds().forEach(targets::add);
        return targets;
    }

    private static PendingImport pending(HttpSession session, long roundId) {
        Object pending = session.getAttribute(PENDING);
        return pending instanceof PendingImport waiting && waiting.roundId() == roundId ? waiting : null;
    }
}

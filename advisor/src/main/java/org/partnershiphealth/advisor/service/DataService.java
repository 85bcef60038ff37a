package org.partnershiphealth.advisor.service;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.partnershiphealth.advisor.Limits;
import org.partnershiphealth.advisor.SafeCsv;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.security.Tokens;
import org.partnershiphealth.advisor.store.AuditStore;
import org.partnershiphealth.advisor.store.DiagnosisStore;
import org.partnershiphealth.advisor.store.PartnershipStore;
import org.partnershiphealth.advisor.store.ResponseStore;
import org.partnershiphealth.advisor.store.RoundStore;
import org.partnershiphealth.advisor.store.StoredPartnership;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.disclosure.WithheldException;
import org.partnershiphealth.knowledge.Question;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Managing collected data: renaming a partnership, correcting a round's period, deleting a response, a round or a
 * partnership, exporting a round's raw answers, and erasing a response at its respondent's request. Every change
 * is written to the organisation's audit record. A deletion withdraws the round's published results, which counted
 * the deleted response; they come back when the anonymity policy allows publishing again.
 */
@Service
public class DataService {

    private final PartnershipStore partnerships;
    private final RoundStore rounds;
    private final ResponseStore responses;
    private final DiagnosisStore diagnoses;
    private final AuditStore audit;
    private final AssessmentService assessments;
    private final Advisor advisor;

    private final org.partnershiphealth.advisor.store.InvitationStore invitations;
    private final org.partnershiphealth.advisor.store.DraftStore drafts;
    private final org.partnershiphealth.advisor.store.ReportLinkStore reportLinks;
    private final org.partnershiphealth.advisor.store.CommitmentStore commitments;
    private final org.partnershiphealth.advisor.store.CheckInStore checkIns;

    public DataService(PartnershipStore partnerships, RoundStore rounds, ResponseStore responses,
                       DiagnosisStore diagnoses, AuditStore audit, AssessmentService assessments, Advisor advisor,
                       org.partnershiphealth.advisor.store.InvitationStore invitations,
                       org.partnershiphealth.advisor.store.DraftStore drafts,
                       org.partnershiphealth.advisor.store.ReportLinkStore reportLinks,
                       org.partnershiphealth.advisor.store.CommitmentStore commitments,
                       org.partnershiphealth.advisor.store.CheckInStore checkIns) {
        this.commitments = commitments;
        this.checkIns = checkIns;
        this.invitations = invitations;
        this.drafts = drafts;
        this.reportLinks = reportLinks;
        this.partnerships = partnerships;
        this.rounds = rounds;
        this.responses = responses;
        this.diagnoses = diagnoses;
        this.audit = audit;
        this.assessments = assessments;
        this.advisor = advisor;
    }

    /** Who changed data, as the audit record names them. */
    public record Actor(long organisationId, String name) {

        public static Actor of(org.partnershiphealth.advisor.security.Consultant consultant) {
            return new Actor(consultant.organisationId(), consultant.getUsername());
        }
    }

    @Transactional
    public StoredPartnership renamePartnership(Actor actor, long partnershipId, String name) {
        StoredPartnership partnership = assessments.partnership(actor.organisationId(), partnershipId);
        String newName = required("name", name, Limits.NAME);
        partnerships.rename(partnershipId, newName);
        for (StoredRound round : rounds.ofPartnership(actor.organisationId(), partnershipId)) {
            diagnoses.relabel(round.id(), d -> d.relabelled(new Partnership(partnership.slug(), newName), d.period()));
        }
        audit.record(actor.organisationId(), actor.name(), "rename partnership", partnership.slug(),
                "\"" + partnership.name() + "\" → \"" + newName + "\"");
        return assessments.partnership(actor.organisationId(), partnershipId);
    }

    @Transactional
    public StoredRound changePeriod(Actor actor, long roundId, String period) {
        StoredRound round = assessments.round(actor.organisationId(), roundId);
        String newPeriod = required("period", period, Limits.PERIOD);
        if (rounds.ofPartnership(actor.organisationId(), round.partnershipId()).stream()
                .anyMatch(other -> other.id() != roundId && other.period().equals(newPeriod))) {
            throw new ConflictException("This partnership already has a round for " + newPeriod);
        }
        rounds.setPeriod(roundId, newPeriod);
        diagnoses.relabel(roundId, d -> d.relabelled(d.partnership(), newPeriod));
        audit.record(actor.organisationId(), actor.name(), "change period", subject(actor, round),
                "\"" + round.period() + "\" → \"" + newPeriod + "\"");
        return assessments.round(actor.organisationId(), roundId);
    }

    /**
     * Deletes one response by the reference the raw export shows.
     *
     * @return how many published results were withdrawn with it
     */
    @Transactional
    public int deleteResponse(Actor actor, long roundId, String ref) {
        StoredRound round = assessments.round(actor.organisationId(), roundId);
        rounds.lock(roundId);
        String wanted = Tokens.normaliseReadable(ref);
        if (!responses.delete(roundId, wanted)) {
            throw new NotFoundException("Response " + wanted);
        }
        int withdrawn = diagnoses.withdraw(roundId);
        audit.record(actor.organisationId(), actor.name(), "delete response", subject(actor, round),
                "response " + wanted + withdrawn(withdrawn));
        return withdrawn;
    }

    /** Deletes a round with its responses, invitations and results; {@code confirm} must repeat its period. */
    @Transactional
    public void deleteRound(Actor actor, long roundId, String confirm) {
        StoredRound round = assessments.round(actor.organisationId(), roundId);
        if (!round.period().equals(confirm == null ? null : confirm.strip())) {
            throw new IllegalArgumentException("confirm: type the round's period, \"" + round.period()
                    + "\", to delete it with all its responses and results");
        }
        int count = responses.count(roundId);
        deleteRoundData(roundId);
        audit.record(actor.organisationId(), actor.name(), "delete round", subject(actor, round),
                count + " responses deleted with it");
    }

    /** Deletes a partnership with all its rounds; {@code confirm} must repeat its id (slug). */
    @Transactional
    public void deletePartnership(Actor actor, long partnershipId, String confirm) {
        StoredPartnership partnership = assessments.partnership(actor.organisationId(), partnershipId);
        if (!partnership.slug().equals(confirm == null ? null : confirm.strip())) {
            throw new IllegalArgumentException("confirm: type the partnership's id, \"" + partnership.slug()
                    + "\", to delete it with all its rounds, responses and results");
        }
        List<StoredRound> all = rounds.ofPartnership(actor.organisationId(), partnershipId);
        int count = 0;
        for (StoredRound round : all) {
            count += responses.count(round.id());
            deleteRoundData(round.id());
        }
        partnerships.delete(partnershipId);
        audit.record(actor.organisationId(), actor.name(), "delete partnership", partnership.slug(),
                "\"" + partnership.name() + "\": " + all.size() + " rounds and " + count + " responses deleted with it");
    }

    private void deleteRoundData(long roundId) {
        rounds.lock(roundId);
        invitations.deleteRound(roundId);
        drafts.deleteRound(roundId);
        reportLinks.deleteRound(roundId);
        commitments.deleteRound(roundId);
        checkIns.deleteRound(roundId);
        responses.deleteRound(roundId);
        diagnoses.deleteRound(roundId);
        rounds.delete(roundId);
    }

    /**
     * Erases the response a respondent holds the receipt code of. Public: the code is the proof; an unknown code
     * says nothing about whether one existed.
     *
     * @return whether a response was erased
     */
    @Transactional
    public boolean erase(String receipt) {
        String code = Tokens.normaliseReadable(receipt);
        if (code.length() != 19) {
            return false;
        }
        var roundId = responses.roundOfReceipt(code);
        if (roundId.isEmpty()) {
            return false;
        }
        rounds.lock(roundId.get());
        StoredRound round = rounds.byId(roundId.get()).orElseThrow();
        responses.deleteByReceipt(code);
        int withdrawn = diagnoses.withdraw(round.id());
        audit.record(round.organisationId(), "respondent (receipt code)", "erase response",
                subject(round.organisationId(), round), "erased at the respondent's request" + withdrawn(withdrawn));
        return true;
    }

    /** A round's raw answers as a file, and its name. */
    public record Export(byte[] content, String fileName, String contentType) {
    }

    /**
     * A round's raw answers, one row per response, under the anonymity policy: only from k responses on; each
     * response's profile shown only as far as at least k responses share what is shown (rarer sectors, roles and
     * times involved are blanked, the rarest first); comments only from the comment threshold on; no dates, no
     * respondent keys, rows in the order of their opaque references.
     *
     * @throws WithheldException when the round has fewer than k responses
     */
    @Transactional
    public Export exportRaw(Actor actor, long roundId, boolean xlsx) {
        StoredRound round = assessments.round(actor.organisationId(), roundId);
        StoredPartnership partnership = assessments.partnership(actor.organisationId(), round.partnershipId());
        List<ResponseStore.RawResponse> raw = responses.raw(roundId);
        int k = advisor.disclosure().k();
        if (raw.size() < k) {
            throw new WithheldException("The raw answers can be exported from " + k + " responses on; the round has "
                    + raw.size() + ".", raw.size(), k);
        }
        boolean comments = raw.size() >= advisor.disclosure().commentThreshold();
        List<String> header = new ArrayList<>(List.of("response", "sector", "role", "tenure"));
        List<String> questions = advisor.knowledge().questionnaire().items().stream().map(Question::id)
                .filter(id -> raw.stream().anyMatch(r -> r.answers().containsKey(id))).toList();
        header.addAll(questions);
        List<String> openIds = advisor.knowledge().questionnaire().open().stream().map(open -> open.id()).toList();
        if (comments) {
            header.addAll(openIds);
        }
        List<List<String>> rows = new ArrayList<>();
        for (ResponseStore.RawResponse response : raw) {
            List<String> row = new ArrayList<>(shownProfile(response, raw, k));
            row.add(0, response.ref());
            questions.forEach(id -> row.add(response.answers().getOrDefault(id, "")));
            if (comments) {
                openIds.forEach(id -> row.add(response.comments().getOrDefault(id, "")));
            }
            rows.add(row);
        }
        audit.record(actor.organisationId(), actor.name(), "export raw answers", subject(actor, round),
                raw.size() + " responses as " + (xlsx ? "XLSX" : "CSV") + (comments ? ", with comments" : ""));
        String base = partnership.slug() + "-" + round.period().replaceAll("[^A-Za-z0-9._-]+", "-") + "-raw-answers";
        return xlsx ? new Export(org.partnershiphealth.advisor.Spreadsheet.xlsx("Raw answers", header, rows,
                        (column, value) -> column > 3 && value.matches("[1-5]")), base + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new Export(org.partnershiphealth.advisor.Spreadsheet.csv(header, rows), base + ".csv", "text/csv;charset=UTF-8");
    }

    /** The organisation's latest audit lines, newest first. */
    public List<AuditStore.Event> audit(long organisationId, int limit) {
        return audit.recent(organisationId, limit);
    }

    /**
     * The profile a row may show: sector, role and time involved, blanked from the rarest value of this response
     * on until at least k responses share everything still shown.
     */
    static List<String> shownProfile(ResponseStore.RawResponse response, List<ResponseStore.RawResponse> all, int k) {
        List<Function<ResponseStore.RawResponse, String>> fields = List.of(ResponseStore.RawResponse::sector,
                ResponseStore.RawResponse::role, ResponseStore.RawResponse::tenure);
        List<String> shown = new ArrayList<>(fields.stream().map(field -> field.apply(response)).toList());
        while (sharedBy(shown, all, fields) < k) {
            int rarest = -1;
            long fewest = Long.MAX_VALUE;
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).isEmpty()) {
                    continue;
                }
                String value = shown.get(i);
                Function<ResponseStore.RawResponse, String> field = fields.get(i);
                long count = all.stream().filter(other -> field.apply(other).equals(value)).count();
                if (count < fewest) {
                    fewest = count;
                    rarest = i;
                }
            }
            if (rarest < 0) {
                break;
            }
            shown.set(rarest, "");
        }
        return shown;
    }

    private static long sharedBy(List<String> shown, List<ResponseStore.RawResponse> all,
                                 List<Function<ResponseStore.RawResponse, String>> fields) {
        return all.stream().filter(other -> {
            for (int i = 0; i < shown.size(); i++) {
                if (!shown.get(i).isEmpty() && !fields.get(i).apply(other).equals(shown.get(i))) {
                    return false;
                }
            }
            return true;
        }).count();
    }

    private static String required(String field, String value, int limit) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be empty");
        }
        return Limits.atMost(field, value.strip(), limit);
    }

    /** The audit line of a change to a round made outside this class (a report link created or revoked). */
    public void recordRoundChange(Actor actor, StoredRound round, String action, String detail) {
        audit.record(actor.organisationId(), actor.name(), action, subject(actor, round), detail);
    }

    private String subject(Actor actor, StoredRound round) {
        return subject(actor.organisationId(), round);
    }

    private String subject(long organisationId, StoredRound round) {
        StoredPartnership partnership = partnerships.find(organisationId, round.partnershipId()).orElseThrow();
        return partnership.slug() + " / " + round.period();
    }

    private static String withdrawn(int snapshots) {
        return snapshots == 0 ? "" : "; " + snapshots + " published result(s) withdrawn until they can be published again";
    }
}

package org.partnershiphealth.advisor.service;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.Intake;
import org.partnershiphealth.advisor.intake.IntakeException;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.intake.RawRespondent;
import org.partnershiphealth.advisor.intake.SurveyHeader;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.partnershiphealth.advisor.Limits;
import org.partnershiphealth.advisor.security.Tokens;
import org.partnershiphealth.advisor.store.DiagnosisStore;
import org.partnershiphealth.advisor.store.InvitationStore;
import org.partnershiphealth.advisor.store.PartnershipStore;
import org.partnershiphealth.advisor.store.ResponseStore;
import org.partnershiphealth.advisor.store.RoundStore;
import org.partnershiphealth.advisor.store.StoredPartnership;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.assessment.AssessmentInput;
import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.assessment.Respondent;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.disclosure.WithheldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The service's work on stored assessments: rounds, submissions (acknowledged only once committed, never twice
 * for the same idempotency key or invitation), all-or-nothing imports, and a round's published results: snapshots
 * made only when the disclosure policy allows, and counts taken from them.
 */
@Service
public class AssessmentService {

    /** A submission with thousands of unknown keys gets the first few named, not an error list as long as itself. */
    private static final int MAX_NAMED_PROBLEMS = 20;

    private final PartnershipStore partnerships;
    private final RoundStore rounds;
    private final ResponseStore responses;
    private final DiagnosisStore diagnoses;
    private final InvitationStore invitations;
    private final Advisor advisor;
    private final SurveyReader reader;
    private final org.partnershiphealth.advisor.store.CommitmentStore commitments;
    private int lowParticipationPercent = 60;

    public AssessmentService(PartnershipStore partnerships, RoundStore rounds, ResponseStore responses,
                             DiagnosisStore diagnoses, InvitationStore invitations, Advisor advisor,
                             org.partnershiphealth.advisor.store.CommitmentStore commitments) {
        this.commitments = commitments;
        this.partnerships = partnerships;
        this.rounds = rounds;
        this.responses = responses;
        this.diagnoses = diagnoses;
        this.invitations = invitations;
        this.advisor = advisor;
        this.reader = new SurveyReader(advisor.knowledge());
    }

    /**
     * The response rate below which a round's results are flagged as low confidence ({@code pha.participation
     * .low-below-percent}, 60 unless set: survey practice aims for 75-80 %).
     */
    @org.springframework.beans.factory.annotation.Autowired
    void setLowParticipationPercent(
            @org.springframework.beans.factory.annotation.Value("${pha.participation.low-below-percent:60}") int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalStateException("pha.participation.low-below-percent is " + percent + "; 1 to 100");
        }
        this.lowParticipationPercent = percent;
    }

    public StoredPartnership partnership(long organisationId, long partnershipId) {
        return partnerships.find(organisationId, partnershipId).orElseThrow(() -> new NotFoundException("Partnership"));
    }

    public StoredRound round(long organisationId, long roundId) {
        return rounds.find(organisationId, roundId).orElseThrow(() -> new NotFoundException("Round"));
    }

    /** A round found without an organisation: for a respondent's or a report link's token already checked. */
    public StoredRound roundById(long roundId) {
        return rounds.byId(roundId).orElseThrow(() -> new NotFoundException("Round"));
    }

    @Transactional
    public StoredPartnership createPartnership(long organisationId, String slug, String name) {
        Limits.atMost("slug", slug, Limits.SLUG);
        Limits.atMost("name", name, Limits.NAME);
        if (partnerships.bySlug(organisationId, slug).isPresent()) {
            throw new ConflictException("A partnership with the id \"" + slug + "\" already exists");
        }
        return partnerships.create(organisationId, slug, name);
    }

    @Transactional
    public StoredRound createRound(long organisationId, long partnershipId, String period, QuestionnaireForm form,
                                   PartnershipFacts facts) {
        return createRound(organisationId, partnershipId, period, form, facts, "en");
    }

    /** A new open round whose respondents read the questionnaire in {@code language} (a code the caller checked). */
    @Transactional
    public StoredRound createRound(long organisationId, long partnershipId, String period, QuestionnaireForm form,
                                   PartnershipFacts facts, String language) {
        Limits.atMost("period", period, Limits.PERIOD);
        partnership(organisationId, partnershipId);
        if (rounds.ofPartnership(organisationId, partnershipId).stream().anyMatch(r -> r.period().equals(period))) {
            throw new ConflictException("This partnership already has a round for " + period);
        }
        return rounds.create(partnershipId, period, form, facts == null ? PartnershipFacts.none() : facts, Tokens.next(),
                language == null ? "en" : language);
    }

    /**
     * Opens or closes a round. Reopening a closed round gives it a new share link: a link that leaked while the
     * round was closed (forwarded, posted, left in a browser history) must not start taking answers again.
     */
    @Transactional
    public StoredRound setOpen(long organisationId, long roundId, boolean open) {
        StoredRound round = round(organisationId, roundId);
        rounds.setStatus(roundId, open ? StoredRound.Status.OPEN : StoredRound.Status.CLOSED);
        if (open && !round.isOpen()) {
            rounds.setShareToken(roundId, Tokens.next());
        }
        return round(organisationId, roundId);
    }

    /** Replaces the round's share link with a new one; the old link stops working at once. */
    @Transactional
    public StoredRound newShareLink(long organisationId, long roundId) {
        round(organisationId, roundId);
        rounds.setShareToken(roundId, Tokens.next());
        return round(organisationId, roundId);
    }

    @Transactional
    public StoredRound updateFacts(long organisationId, long roundId, PartnershipFacts facts) {
        round(organisationId, roundId);
        rounds.updateFacts(roundId, facts);
        return round(organisationId, roundId);
    }

    @Transactional
    public List<String> createInvites(long organisationId, long roundId, int count) {
        round(organisationId, roundId);
        if (count < 1 || count > 1000) {
            throw new IllegalArgumentException("count: between 1 and 1000 invitations at a time");
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String token = Tokens.next();
            invitations.create(roundId, token, null, null, null);
            tokens.add(token);
        }
        return tokens;
    }

    public StoredRound openRoundByShareToken(String token) {
        return rounds.byShareToken(token).orElseThrow(() -> new NotFoundException("Questionnaire"));
    }

    /**
     * Result of a submission: the response id, whether this call created it or found an earlier one, and the receipt
     * code the respondent can use to have it erased.
     */
    public record Receipt(long responseId, boolean created, String receiptCode) {
    }

    private Receipt receipt(long responseId, boolean created) {
        return new Receipt(responseId, created, responses.receipt(responseId));
    }

    /**
     * A submission through a round's share link. The same idempotency key never creates a second response: sent
     * again with the same answers it returns the first response's id; with different answers it is a conflict
     * naming the key, so a client bug cannot silently lose the second set of answers.
     */
    @Transactional
    public Receipt submit(String shareToken, Submission submission, String idempotencyKey) {
        return submitToRound(openRoundByShareToken(shareToken), submission, idempotencyKey);
    }

    /** As {@link #submit(String, Submission, String)}, for a round already found (by a respondent's draft). */
    @Transactional
    public Receipt submitToRound(StoredRound round, Submission submission, String idempotencyKey) {
        Limits.idempotencyKey(idempotencyKey);
        requireOpen(round);
        Respondent respondent = check(submission, "response");
        // insert first, look for an earlier response only when the insert finds one: one statement for a new
        // response, which is nearly every submission
        Optional<ResponseStore.Stored> stored = responses.insertUnlessPresent(round.id(), respondent, idempotencyKey);
        if (stored.isPresent()) {
            return new Receipt(stored.get().id(), true, stored.get().receipt());
        }
        if (idempotencyKey == null) {
            throw new org.springframework.dao.DuplicateKeyException("Respondent " + respondent.id()
                    + " already stored for round " + round.id());
        }
        // stored earlier, or by a racing twin just now whose transaction may not have committed yet: on H2 the
        // insert does not wait for it (PostgreSQL does), so wait for its commit to become visible
        return idempotent(round, respondent, idempotencyKey).orElseGet(() -> awaitTwin(round, respondent, idempotencyKey));
    }

    private Receipt awaitTwin(StoredRound round, Respondent respondent, String idempotencyKey) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Optional<Receipt> twin = idempotent(round, respondent, idempotencyKey);
            if (twin.isPresent()) {
                return twin.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new ConflictException("The response could not be stored; please send it again");
    }

    /** The earlier response with this idempotency key, if the answers are the same; a conflict if they differ. */
    private Optional<Receipt> idempotent(StoredRound round, Respondent respondent, String idempotencyKey) {
        return responses.byIdempotencyKey(round.id(), idempotencyKey).map(first -> {
            if (!responses.sameAnswers(first, respondent)) {
                throw new IdempotencyConflictException(idempotencyKey);
            }
            return receipt(first, false);
        });
    }

    /**
     * A submission through a single-use invitation: the first one counts. The invitation is only marked used; the
     * response carries nothing of it, so no response can be joined to the address it was sent to. A retry with the
     * same idempotency key returns the first response (the key is the client's, not the invitation's); any other
     * second submission is a conflict.
     */
    @Transactional
    public Receipt submitInvited(String inviteToken, Submission submission, String idempotencyKey) {
        Limits.idempotencyKey(idempotencyKey);
        InvitationStore.Invitation invite = invitations.lock(inviteToken)
                .orElseThrow(() -> new NotFoundException("Invitation"));
        StoredRound round = rounds.byId(invite.roundId()).orElseThrow(() -> new NotFoundException("Invitation"));
        Respondent respondent = check(submission, "response");
        if (idempotencyKey != null) {
            Optional<Receipt> earlier = idempotent(round, respondent, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (invite.answered()) {
            throw new ConflictException("This invitation has already been used: each invitation counts once");
        }
        requireOpen(round);
        long id = responses.insert(round.id(), respondent, idempotencyKey);
        invitations.markAnswered(inviteToken);
        return receipt(id, true);
    }

    public StoredRound roundOfInvite(String inviteToken) {
        return invitations.find(inviteToken)
                .flatMap(invite -> rounds.byId(invite.roundId()))
                .orElseThrow(() -> new NotFoundException("Invitation"));
    }

    /**
     * Import result: how many respondents were stored, how many the round already had (a later export of the same
     * survey holds the earlier responses too) and how many of those answer differently now, the problems of those
     * skipped, columns not used, and the rows of the file that were no respondent ("1 × Qualtrics survey preview").
     */
    public record Imported(int imported, int skipped, List<String> problems, List<String> unmappedColumns,
                           int alreadyInRound, int changedSinceImported, List<String> rowsLeftOut) {
    }

    /** How many of a file's respondents the round already has, and how many of those now answer differently. */
    private record Known(List<Respondent> fresh, int already, int changed) {
    }

    /**
     * Splits a file's respondents into new ones and ones the round has. A known response whose answers differ in
     * this export (edited in the survey tool after the first import) is counted, never silently overwritten.
     */
    private Known known(long roundId, List<Respondent> respondents) {
        List<Respondent> fresh = new ArrayList<>();
        int already = 0;
        int changed = 0;
        for (Respondent respondent : respondents) {
            Optional<Long> stored = responses.byRespondent(roundId, respondent.id());
            if (stored.isEmpty()) {
                fresh.add(respondent);
            } else {
                already++;
                changed += responses.sameAnswers(stored.get(), respondent) ? 0 : 1;
            }
        }
        return new Known(fresh, already, changed);
    }

    /**
     * Imports a survey file into a round: all of it, or (skipInvalid) all valid respondents; never half. Responses
     * the round already holds (the same response id, or for an export without ids the same row) are left as they
     * are and counted, so a grown export can be imported again.
     */
    @Transactional
    public Imported importFile(long organisationId, long roundId, String fileName, byte[] content,
                               boolean skipInvalid) {
        return importFile(organisationId, roundId, fileName, content,
                IntakeOptions.strict().skippingInvalid(skipInvalid));
    }

    @Transactional
    public Imported importFile(long organisationId, long roundId, String fileName, byte[] content,
                               IntakeOptions options) {
        StoredRound round = round(organisationId, roundId);
        requireOpen(round);
        Intake intake = reader.read(fileName, content, options, header(organisationId, round));
        Known known = known(round.id(), intake.input().respondents());
        known.fresh().forEach(r -> responses.insert(round.id(), r, null));
        rounds.addLeftOut(round.id(), intake.leftOut());
        return new Imported(known.fresh().size(), intake.skippedRespondents(),
                intake.skipped().stream().map(IntakeProblem::toString).toList(), intake.unmappedColumns(),
                known.already(), known.changed(), intake.leftOutDescribed());
    }

    /** What an import would do, without storing anything: the file as read, and how many the round already has. */
    public record Preview(Intake intake, int alreadyInRound, int changedSinceImported) {
    }

    /**
     * Reads an upload as an import with these options would, storing nothing.
     *
     * @throws IntakeException with every problem (and how the columns were read) when it cannot be imported whole
     */
    public Preview preview(long organisationId, long roundId, String fileName, byte[] content, IntakeOptions options) {
        StoredRound round = round(organisationId, roundId);
        Intake intake = reader.read(fileName, content, options, header(organisationId, round));
        Known known = known(round.id(), intake.input().respondents());
        return new Preview(intake, known.already(), known.changed());
    }

    /** How many respondents an import that leaves out those with problems would keep; 0 when none or unreadable. */
    public int validIfSkipping(long organisationId, long roundId, String fileName, byte[] content,
                               IntakeOptions options) {
        StoredRound round = round(organisationId, roundId);
        try {
            return reader.read(fileName, content, options.skippingInvalid(true), header(organisationId, round))
                    .input().respondents().size();
        } catch (IntakeException e) {
            return 0;
        }
    }

    private SurveyHeader header(long organisationId, StoredRound round) {
        StoredPartnership partnership = partnership(organisationId, round.partnershipId());
        return new SurveyHeader(new Partnership(partnership.slug(), partnership.name()), round.period(), round.form(),
                round.facts());
    }

    public SurveyReader reader() {
        return reader;
    }

    /**
     * Publishes the round's results now, if the disclosure policy allows it: at least k responses, and at least k
     * new ones since the last published snapshot (or the same respondents, e.g. after the facts changed). The
     * result is kept as the round's latest snapshot; the round is locked meanwhile, so two snapshots are never
     * made from the same history at once.
     *
     * @throws WithheldException when the results may not be published yet
     */
    @Transactional
    public Diagnosis publish(long organisationId, long roundId) {
        StoredRound round = round(organisationId, roundId);
        rounds.lock(roundId);
        List<Respondent> respondents = responses.respondents(roundId);
        if (respondents.isEmpty()) {
            throw new WithheldException("The round has no responses yet: results appear once at least "
                    + anonymityThreshold() + " people have answered.", 0, anonymityThreshold());
        }
        Diagnosis diagnosed = advisor.diagnose(input(organisationId, round, respondents), diagnoses.history(roundId),
                Intake.describeLeftOut(rounds.leftOut(roundId)), earlier(round));
        Diagnosis diagnosis = participation(round, respondents.size())
                .map(diagnosed::withInvitations).orElse(diagnosed);
        Set<String> keys = respondents.stream().map(Respondent::id).collect(Collectors.toSet());
        boolean unchanged = diagnoses.latest(roundId)
                .filter(last -> last.respondents().equals(keys) && last.diagnosis().equals(diagnosis)).isPresent();
        if (!unchanged) {
            diagnoses.save(roundId, diagnosis, keys);
        }
        return diagnosis;
    }

    /** The latest published results of the round; published now if there are none yet. */
    @Transactional
    public Diagnosis latestDiagnosis(long organisationId, long roundId) {
        round(organisationId, roundId);
        return diagnoses.latest(roundId).map(DiagnosisStore.Snapshot::diagnosis)
                .orElseGet(() -> publish(organisationId, roundId));
    }

    /**
     * The round's participation: people asked (personal invitations plus those recorded as asked otherwise) against
     * the responses it holds; empty when nobody recorded how many were asked.
     */
    public Optional<Diagnosis.Invitations> participation(StoredRound round, int responses) {
        int asked = invitations.counts(round.id())[0] + (round.peopleAsked() == null ? 0 : round.peopleAsked());
        return asked == 0 ? Optional.empty()
                : Optional.of(new Diagnosis.Invitations(asked, responses, lowParticipationPercent));
    }

    /** Records how many people were asked by other means than personal invitations (null or 0: not recorded). */
    @Transactional
    public void setPeopleAsked(long organisationId, long roundId, Integer count) {
        round(organisationId, roundId);
        if (count != null && (count < 0 || count > 100_000)) {
            throw new IllegalArgumentException("peopleAsked: between 0 and 100000, not " + count);
        }
        rounds.setPeopleAsked(roundId, count == null || count == 0 ? null : count);
    }

    /** Sets the language respondents of the round see. */
    @Transactional
    public void setLanguage(long organisationId, long roundId, String language) {
        round(organisationId, roundId);
        rounds.setLanguage(roundId, language);
    }

    public int lowParticipationPercent() {
        return lowParticipationPercent;
    }

    /** The results a consultant sees: refreshed when allowed, otherwise the latest snapshot and why it was kept. */
    public record Results(Diagnosis diagnosis, String notice) {
    }

    /**
     * Refreshes the round's results if the policy allows, else returns the latest published ones with the reason
     * they were not refreshed.
     *
     * @throws WithheldException when nothing has been published and nothing may be yet
     */
    @Transactional
    public Results results(long organisationId, long roundId) {
        StoredRound round = round(organisationId, roundId);
        String fingerprint = fingerprint(round);
        Cached cached = resultsCache.get(roundId);
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached.results();
        }
        Results results;
        try {
            results = new Results(publish(organisationId, roundId), null);
        } catch (WithheldException e) {
            DiagnosisStore.Snapshot last = diagnoses.latest(roundId).orElseThrow(() -> e);
            results = new Results(last.diagnosis(), "These results are from the " + last.respondents().size()
                    + " responses published earlier. " + e.getMessage());
        }
        // publishing may have added a snapshot: the fingerprint of the state the results belong to is the new one
        resultsCache.put(roundId, new Cached(fingerprint(round(organisationId, roundId)), results));
        return results;
    }

    private record Cached(String fingerprint, Results results) {
    }

    /**
     * The results shown last for each round, with the fingerprint of everything they depend on; a page view whose
     * round has not changed since is answered without reading every response and diagnosing again. Per process
     * (each replica keeps its own); the inputs are in the database, so a change made on any replica is seen.
     */
    private final java.util.Map<Long, Cached> resultsCache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Long, Cached> eldest) {
                    return size() > 256;
                }
            });

    /**
     * A digest of everything a round's results depend on: its partnership's name, period, form, facts and
     * participation, the rows its imports left out, which responses it holds (one aggregate row, not every key), its
     * invitations and its publication history (the knowledge base, rules and settings are fixed for the life of the
     * process).
     */
    private String fingerprint(StoredRound round) {
        StringBuilder inputs = new StringBuilder();
        StoredPartnership partnership = partnership(round.organisationId(), round.partnershipId());
        inputs.append(partnership.slug()).append('\n').append(partnership.name()).append('\n')
                .append(round.period()).append('\n').append(round.form()).append('\n')
                .append(round.facts()).append('\n')
                .append(round.peopleAsked()).append('\n').append(rounds.leftOut(round.id())).append('\n')
                .append(java.util.Arrays.toString(invitations.counts(round.id()))).append('\n')
                .append(diagnoses.historyStamp(round.id())).append('\n')
                .append(earlierStamp(round)).append('\n')
                .append(responses.stamp(round.id()));
        return Tokens.sha256(inputs.toString());
    }

    /** The partnership's rounds, as its page lists them. */
    public List<StoredRound> rounds(long organisationId, long partnershipId) {
        partnership(organisationId, partnershipId);
        return rounds.ofPartnership(organisationId, partnershipId);
    }

    /** The partnership's rounds of earlier periods, oldest first (periods sort as text, as the annual report does). */
    private List<StoredRound> roundsBefore(StoredRound round) {
        return rounds.ofPartnership(round.organisationId(), round.partnershipId()).stream()
                .filter(other -> other.period().compareTo(round.period()) < 0)
                .sorted(java.util.Comparator.comparing(StoredRound::period)).toList();
    }

    /**
     * What the trend rules compare the round with: the latest published results of the partnership's earlier rounds
     * (never publishing them now), and the commitments made on the last of them.
     */
    private Advisor.Earlier earlier(StoredRound round) {
        List<Diagnosis> published = new ArrayList<>();
        long last = -1;
        for (StoredRound before : roundsBefore(round)) {
            Optional<DiagnosisStore.Snapshot> snapshot = diagnoses.latest(before.id());
            if (snapshot.isPresent()) {
                published.add(snapshot.get().diagnosis());
                last = before.id();
            }
        }
        return new Advisor.Earlier(published, last < 0 ? List.of() : commitments.ofRound(last).stream()
                .map(org.partnershiphealth.advisor.store.CommitmentStore.Stored::commitment).toList());
    }

    /** A change to an earlier round's published results, or to the commitments on the last, changes the trends. */
    private String earlierStamp(StoredRound round) {
        StringBuilder stamp = new StringBuilder();
        for (StoredRound before : roundsBefore(round)) {
            stamp.append(before.id()).append(':').append(before.period()).append(':')
                    .append(diagnoses.historyStamp(before.id())).append(';')
                    .append(commitments.ofRound(before.id()).stream().map(s -> s.commitment().toString())
                            .collect(Collectors.joining("|"))).append('\n');
        }
        return stamp.toString();
    }

    /**
     * The rounds of a partnership for its annual report: published results, the periods left out, and the
     * commitments made on each published round's plan (by period), for the report's loop.
     */
    public record AnnualRounds(List<Diagnosis> rounds, List<String> leftOut,
                               Map<String, List<org.partnershiphealth.diagnosis.Commitment>> commitments) {
    }

    /** The latest published results of every round that has any; rounds below k are named as left out. */
    @Transactional
    public AnnualRounds roundsForAnnualReport(long organisationId, long partnershipId) {
        return roundsForAnnualReport(organisationId, partnershipId, java.util.Set.of());
    }

    /**
     * As {@link #roundsForAnnualReport(long, long)}, over the rounds the consultant chose (by round id; none chosen
     * means all). A chosen round that is not this partnership's is an error, not silently dropped.
     *
     * @throws ConflictException when fewer than two of the chosen rounds have published results
     */
    @Transactional
    public AnnualRounds roundsForAnnualReport(long organisationId, long partnershipId, java.util.Set<Long> chosen) {
        partnership(organisationId, partnershipId);
        List<StoredRound> all = rounds.ofPartnership(organisationId, partnershipId);
        java.util.Set<Long> own = all.stream().map(StoredRound::id).collect(java.util.stream.Collectors.toSet());
        chosen.stream().filter(id -> !own.contains(id)).findFirst().ifPresent(id -> {
            throw new NotFoundException("round " + id + " is not a round of this partnership");
        });
        List<Diagnosis> published = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Map<String, List<org.partnershiphealth.diagnosis.Commitment>> committed = new java.util.TreeMap<>();
        for (StoredRound round : all) {
            if (!chosen.isEmpty() && !chosen.contains(round.id()) || responses.count(round.id()) == 0) {
                continue;
            }
            try {
                published.add(latestDiagnosis(organisationId, round.id()));
                List<org.partnershiphealth.diagnosis.Commitment> made = commitments.ofRound(round.id()).stream()
                        .map(org.partnershiphealth.advisor.store.CommitmentStore.Stored::commitment).toList();
                if (!made.isEmpty()) {
                    committed.put(round.period(), made);
                }
            } catch (WithheldException e) {
                leftOut.add(round.period());
            }
        }
        if (!chosen.isEmpty() && published.size() < 2) {
            throw new ConflictException("Choose at least two rounds with published results to compare; "
                    + published.size() + " of the chosen rounds " + (published.size() == 1 ? "has" : "have") + " any.");
        }
        return new AnnualRounds(published, leftOut, committed);
    }

    /**
     * Response counts as the consultant may see them: the live total, and the per-group counts of the latest
     * published snapshot only (never live per-group counts, which would show who joined since).
     */
    public record Counts(int total, int anonymityThreshold, Integer published, List<Diagnosis.GroupCount> groups,
                         String note) {
    }

    public Counts counts(long organisationId, long roundId) {
        round(organisationId, roundId);
        Set<String> respondents = responses.respondentKeys(roundId);
        Optional<DiagnosisStore.Snapshot> last = diagnoses.latest(roundId);
        String note;
        try {
            advisor.disclosure().requirePublishable(respondents, diagnoses.history(roundId));
            note = last.isPresent() && last.get().respondents().equals(respondents)
                    ? "The results include every response."
                    : "Results can be published from the responses so far: open the diagnosis to refresh them.";
        } catch (WithheldException e) {
            note = e.getMessage();
        }
        return new Counts(respondents.size(), anonymityThreshold(),
                last.map(snapshot -> snapshot.respondents().size()).orElse(null),
                last.map(snapshot -> snapshot.diagnosis().disclosure().groupCounts()).orElse(List.of()), note);
    }

    public int anonymityThreshold() {
        return advisor.disclosure().k();
    }

    public int commentThreshold() {
        return advisor.disclosure().commentThreshold();
    }

    public int responseCount(long roundId) {
        return responses.count(roundId);
    }

    private AssessmentInput input(long organisationId, StoredRound round, List<Respondent> respondents) {
        StoredPartnership partnership = partnership(organisationId, round.partnershipId());
        return new AssessmentInput(new Partnership(partnership.slug(), partnership.name()), round.period(),
                round.form(), round.facts(), respondents);
    }

    /** Checks a submission completely: unknown items, answers off the scale, missing profile, nothing answered. */
    private Respondent check(Submission submission, String source) {
        RawRespondent raw = new RawRespondent(1).id(UUID.randomUUID().toString())
                .sector(submission.sector()).role(submission.role()).tenure(submission.tenure());
        List<IntakeProblem> problems = new ArrayList<>();
        Map<String, Object> answers = submission.answers() == null ? Map.of() : submission.answers();
        answers.forEach((id, value) -> {
            if (advisor.knowledge().question(id).isEmpty()) {
                if (problems.size() < MAX_NAMED_PROBLEMS) {
                    problems.add(IntakeProblem.atField(source, "answers." + id, "unknown question id " + id));
                }
            } else if (value != null) {
                raw.answer(id, value.toString(), "answers." + id);
            }
        });
        if (submission.comments() != null) {
            submission.comments().forEach(raw::comment);
        }
        try {
            Respondent respondent = reader.checkOne(source, raw);
            if (problems.isEmpty()) {
                return respondent;
            }
        } catch (IntakeException e) {
            problems.addAll(e.problems());
        }
        throw new IntakeException(problems);
    }

    private static void requireOpen(StoredRound round) {
        if (!round.isOpen()) {
            throw new ConflictException("This questionnaire is closed: the round " + round.period()
                    + " no longer accepts responses");
        }
    }
}

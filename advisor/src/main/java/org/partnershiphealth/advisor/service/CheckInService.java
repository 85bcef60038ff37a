package org.partnershiphealth.advisor.service;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.security.Tokens;
import org.partnershiphealth.advisor.store.AuditStore;
import org.partnershiphealth.advisor.store.CheckInStore;
import org.partnershiphealth.advisor.store.CommitmentStore;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.diagnosis.Commitment;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.NoiseRule;
import org.partnershiphealth.diagnosis.PracticeScore;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Question;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 90-day check-in: a short pulse on the focus items a partnership committed to after a round. It asks the
 * round's respondents, from its own share link and without any profile question, up to {@value #MAX_ITEMS}
 * questionnaire statements on the committed practices and, per committed focus item, whether they saw it happen.
 * Results appear only from k answers, as every result does; then, per commitment, how many saw it happen and
 * whether the practice's score on the statements asked moved beyond noise since the round.
 */
@Service
public class CheckInService {

    static final int MAX_ITEMS = 8;
    /** The answers to "did this happen?", in the order the form offers them. */
    public static final List<String> HAPPENED = List.of("yes", "partly", "no", "dont_know");

    private final AssessmentService assessments;
    private final CheckInStore checkIns;
    private final CommitmentStore commitments;
    private final AuditStore audit;
    private final KnowledgeBase knowledge;

    public CheckInService(AssessmentService assessments, CheckInStore checkIns, CommitmentStore commitments,
                          AuditStore audit, Advisor advisor) {
        this.assessments = assessments;
        this.checkIns = checkIns;
        this.commitments = commitments;
        this.audit = audit;
        this.knowledge = advisor.knowledge();
    }

    /**
     * Opens the round's check-in on its committed focus items (accepted and not dropped).
     *
     * @throws ConflictException when the round already has one, or nothing was committed
     */
    @Transactional
    public CheckInStore.CheckIn open(DataService.Actor actor, long roundId) {
        StoredRound round = assessments.round(actor.organisationId(), roundId);
        if (checkIns.ofRound(roundId).isPresent()) {
            throw new ConflictException("This round already has its check-in.");
        }
        List<Commitment> committed = commitments.ofRound(roundId).stream().map(CommitmentStore.Stored::commitment)
                .filter(c -> c.accepted() && c.status() != Commitment.Status.DROPPED).toList();
        List<CheckInStore.Asked> asked = committed.stream().filter(c -> c.kind() == Commitment.Kind.FOCUS)
                .map(c -> new CheckInStore.Asked(c.itemKey(), c.practiceId(), c.text(), committed.stream()
                        .filter(a -> a.kind() == Commitment.Kind.ACTION && a.practiceId().equals(c.practiceId()))
                        .map(Commitment::text).toList()))
                .toList();
        if (asked.isEmpty()) {
            throw new ConflictException("A check-in asks about the focus items the partnership committed to; accept at"
                    + " least one on the commitments page first.");
        }
        checkIns.create(roundId, Tokens.next(), items(asked.stream().map(CheckInStore.Asked::practiceId).toList()),
                asked);
        audit.record(actor.organisationId(), actor.name(), "open check-in", round.period(),
                asked.size() + " commitments asked about");
        return checkIns.ofRound(roundId).orElseThrow();
    }

    /**
     * The statements to ask: those measuring each committed practice, short-form ones first, taken in turn from
     * each practice so that every practice is asked about, {@value #MAX_ITEMS} at most.
     */
    List<String> items(List<String> practiceIds) {
        List<List<String>> perPractice = new ArrayList<>();
        for (String practiceId : practiceIds.stream().distinct().toList()) {
            List<Question> measuring = knowledge.questionnaire().fullForm().stream()
                    .filter(q -> q.measures(practiceId))
                    .sorted(java.util.Comparator.comparing((Question q) -> !q.shortForm())).toList();
            perPractice.add(new ArrayList<>(measuring.stream().map(Question::id).toList()));
        }
        List<String> chosen = new ArrayList<>();
        boolean more = true;
        while (chosen.size() < MAX_ITEMS && more) {
            more = false;
            for (List<String> queue : perPractice) {
                while (!queue.isEmpty() && chosen.contains(queue.get(0))) {
                    queue.remove(0);
                }
                if (!queue.isEmpty() && chosen.size() < MAX_ITEMS) {
                    chosen.add(queue.remove(0));
                    more = true;
                }
            }
        }
        return chosen;
    }

    public Optional<CheckInStore.CheckIn> ofRound(long organisationId, long roundId) {
        assessments.round(organisationId, roundId);
        return checkIns.ofRound(roundId);
    }

    @Transactional
    public void setOpen(DataService.Actor actor, long roundId, boolean open) {
        CheckInStore.CheckIn checkIn = ofRound(actor.organisationId(), roundId)
                .orElseThrow(() -> new NotFoundException("this round has no check-in"));
        checkIns.setOpen(checkIn.id(), open);
    }

    /** The check-in a respondent's link opens. */
    public CheckInStore.CheckIn byShareToken(String token) {
        return checkIns.byShareToken(token).orElseThrow(() -> new NotFoundException("no such check-in"));
    }

    /**
     * Stores one respondent's answers. Statements take 1 to 5 or dont_know, "did it happen" questions one of
     * {@link #HAPPENED}; unanswered questions are left out. Nothing is stored unless at least one was answered.
     *
     * @throws IllegalArgumentException naming the question when an answer is not one the form offers
     * @throws ConflictException when the check-in is closed
     */
    @Transactional
    public void submit(String token, Map<String, String> form) {
        CheckInStore.CheckIn checkIn = byShareToken(token);
        if (!checkIn.open()) {
            throw new ConflictException("This check-in is closed and no longer takes answers.");
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (String item : checkIn.items()) {
            String value = form.getOrDefault(item, "").strip();
            if (!value.isEmpty()) {
                if (!value.matches("[1-5]|dont_know")) {
                    throw new IllegalArgumentException(item + ": an answer from 1 to 5 or \"don't know\"");
                }
                answers.put(item, value);
            }
        }
        for (CheckInStore.Asked asked : checkIn.commitments()) {
            String value = form.getOrDefault("happened-" + asked.itemKey(), "").strip();
            if (!value.isEmpty()) {
                if (!HAPPENED.contains(value)) {
                    throw new IllegalArgumentException("happened-" + asked.itemKey() + ": yes, partly, no or don't know");
                }
                answers.put("happened-" + asked.itemKey(), value);
            }
        }
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("answers: nothing was answered");
        }
        checkIns.addResponse(checkIn.id(), answers);
    }

    /** What partners said about one commitment, and what became of its practice on the statements asked. */
    public record Outcome(CheckInStore.Asked commitment, int yes, int partly, int no, int dontKnow,
                          Double roundMean, Double pulseMean, Integer pulseAnswers, boolean beyondNoise) {

        public int answered() {
            return yes + partly + no;
        }

        public Double change() {
            return roundMean == null || pulseMean == null ? null : Math.round((pulseMean - roundMean) * 100) / 100.0;
        }
    }

    /**
     * The check-in's results, or why there are none yet ({@code withheld} non-null). {@code published} answers of
     * the {@code responses} so far are counted: the largest multiple of k.
     */
    public record Results(int responses, int published, int k, String withheld, List<Outcome> outcomes) {
    }

    // not read-only: reading the round's results publishes them when they were withdrawn meanwhile
    @Transactional
    public Results results(long organisationId, long roundId) {
        CheckInStore.CheckIn checkIn = ofRound(organisationId, roundId)
                .orElseThrow(() -> new NotFoundException("this round has no check-in"));
        List<Map<String, String>> responses = checkIns.responses(checkIn.id());
        int k = assessments.anonymityThreshold();
        if (responses.size() < k) {
            return new Results(responses.size(), 0, k, "Results appear once at least " + k + " people have answered: "
                    + responses.size() + " so far.", List.of());
        }
        // as for a round: results move only in whole steps of k answers, so that comparing two views of the page
        // never isolates fewer than k people's answers
        int published = responses.size() / k * k;
        responses = responses.subList(0, published);
        Diagnosis round = assessments.latestDiagnosis(organisationId, roundId);
        List<Outcome> outcomes = new ArrayList<>();
        for (CheckInStore.Asked asked : checkIn.commitments()) {
            int[] counts = new int[HAPPENED.size()];
            responses.forEach(r -> {
                int index = HAPPENED.indexOf(r.getOrDefault("happened-" + asked.itemKey(), ""));
                if (index >= 0) {
                    counts[index]++;
                }
            });
            PracticeScore then = round.scores().practices().stream()
                    .filter(s -> s.practiceId().equals(asked.practiceId())).findFirst().orElse(null);
            double[] pulse = pulse(responses, checkIn.items(), asked.practiceId());
            boolean enough = pulse != null && pulse[2] >= k;
            Double pulseMean = enough ? Math.round(pulse[0] * 100) / 100.0 : null;
            boolean beyond = enough && then != null && NoiseRule.isBeyondNoise(then.standardDeviation(), then.n(),
                    pulse[1], (int) pulse[2], Math.round((pulse[0] - then.mean()) * 100) / 100.0);
            outcomes.add(new Outcome(asked, counts[0], counts[1], counts[2], counts[3],
                    then == null ? null : Math.round(then.mean() * 100) / 100.0, pulseMean,
                    enough ? (int) pulse[2] : null, beyond));
        }
        return new Results(checkIns.count(checkIn.id()), published, k, null, outcomes);
    }

    /**
     * The practice's score on the statements the check-in asked, as the round scores it: each respondent's mean
     * over the practice's statements they answered (reverse statements flipped, don't know left out), then the
     * mean and standard deviation of those; {mean, sd, n}, or null when nobody answered one.
     */
    private double[] pulse(List<Map<String, String>> responses, List<String> items, String practiceId) {
        List<Question> measuring = items.stream().map(id -> knowledge.question(id).orElseThrow())
                .filter(q -> q.measures(practiceId)).toList();
        List<Double> scores = new ArrayList<>();
        for (Map<String, String> response : responses) {
            double sum = 0;
            int answered = 0;
            for (Question question : measuring) {
                String value = response.getOrDefault(question.id(), "");
                if (value.matches("[1-5]")) {
                    int point = Integer.parseInt(value);
                    sum += question.reverse() ? 6 - point : point;
                    answered++;
                }
            }
            if (answered > 0) {
                scores.add(sum / answered);
            }
        }
        if (scores.isEmpty()) {
            return null;
        }
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = scores.size() < 2 ? 0 : scores.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum()
                / (scores.size() - 1);
        return new double[]{mean, Math.sqrt(variance), scores.size()};
    }

    /**
     * For the annual report's loop: per period of the partnership's rounds, what each round's check-in heard about
     * each committed practice, only where it has k or more answers.
     */
    @Transactional
    public Map<String, Map<String, org.partnershiphealth.reports.annual.CommitmentLoop.Seen>> seen(long organisationId,
                                                                                                 long partnershipId) {
        Map<String, Map<String, org.partnershiphealth.reports.annual.CommitmentLoop.Seen>> seen = new java.util.TreeMap<>();
        for (StoredRound round : assessments.rounds(organisationId, partnershipId)) {
            if (checkIns.ofRound(round.id()).isEmpty()) {
                continue;
            }
            Results results = results(organisationId, round.id());
            if (results.withheld() == null) {
                Map<String, org.partnershiphealth.reports.annual.CommitmentLoop.Seen> byPractice = new LinkedHashMap<>();
                results.outcomes().forEach(o -> byPractice.put(o.commitment().practiceId(),
                        new org.partnershiphealth.reports.annual.CommitmentLoop.Seen(o.yes(), o.partly(), o.no())));
                seen.put(round.period(), byPractice);
            }
        }
        return seen;
    }

    /** The statements of a check-in, for its form. */
    public List<Question> questions(CheckInStore.CheckIn checkIn) {
        return checkIn.items().stream().map(id -> knowledge.question(id).orElseThrow()).toList();
    }
}

package org.partnershiphealth.advisor.service;

import org.partnershiphealth.advisor.store.AuditStore;
import org.partnershiphealth.advisor.store.CommitmentStore;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.diagnosis.Commitment;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Recommendation;
import org.partnershiphealth.diagnosis.Step;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan as a tracked list. A round's plan (its latest published focus items and their actions) proposes; the
 * partnership accepts an item, possibly in its own words, with an owner and a date, or declines it; accepted items
 * then move from not started to under way to done, or are dropped with a reason. Items committed earlier stay on
 * the list when a refreshed diagnosis no longer proposes them. Every change is written to the audit record.
 */
@Service
public class CommitmentService {

    private final AssessmentService assessments;
    private final CommitmentStore commitments;
    private final AuditStore audit;
    private final KnowledgeBase knowledge;

    public CommitmentService(AssessmentService assessments, CommitmentStore commitments, AuditStore audit,
                             org.partnershiphealth.advisor.diagnosis.Advisor advisor) {
        this.assessments = assessments;
        this.commitments = commitments;
        this.audit = audit;
        this.knowledge = advisor.knowledge();
    }

    /**
     * One line of the tracked plan: what the plan proposes for the item (null when the current plan no longer
     * proposes it), who the plan suggests should drive it, and what the partnership decided (null: not yet).
     */
    public record Item(String itemKey, String practiceId, Commitment.Kind kind, String proposed,
                       String suggestedOwner, Step.Weeks weeks, Commitment commitment, String updatedBy,
                       Instant updatedAt) {

        /** The words to show: the partnership's, once it decided, else the plan's. */
        public String text() {
            return commitment != null ? commitment.text() : proposed;
        }

        public boolean decided() {
            return commitment != null;
        }
    }

    /** A practice of the plan with its actions. */
    public record Practice(String practiceId, String title, boolean inCurrentPlan, Item focus, List<Item> actions) {
    }

    /** The round's tracked plan, practices in plan order. */
    public record Plan(StoredRound round, List<Practice> practices) {

        public long accepted() {
            return items().filter(item -> item.decided() && item.commitment().accepted()).count();
        }

        public long undecided() {
            return items().filter(item -> !item.decided()).count();
        }

        private java.util.stream.Stream<Item> items() {
            return practices.stream().flatMap(p -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(p.focus()), p.actions().stream()));
        }
    }

    /** What a consultant sends for one item: every field but the decision may be left out (null). */
    public record Change(String decision, String text, String owner, String due, String status, String dropReason) {
    }

    /**
     * The tracked plan of the round.
     *
     * @throws org.partnershiphealth.disclosure.WithheldException when the round has no published results yet
     */
    @Transactional
    public Plan plan(long organisationId, long roundId) {
        StoredRound round = assessments.round(organisationId, roundId);
        Diagnosis diagnosis = assessments.latestDiagnosis(organisationId, roundId);
        Map<String, CommitmentStore.Stored> stored = commitments.ofRound(roundId).stream()
                .collect(Collectors.toMap(s -> s.commitment().itemKey(), Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        List<Practice> practices = new ArrayList<>();
        for (Recommendation focus : diagnosis.focus()) {
            if (knowledge.practices().stream().noneMatch(p -> p.id().equals(focus.practiceId()))) {
                continue; // a sustain item names no single practice to commit to
            }
            List<Item> actions = new ArrayList<>();
            for (int i = 0; i < focus.actions().size(); i++) {
                Step step = focus.actions().get(i);
                actions.add(item(focus.practiceId() + "-A" + (i + 1), focus.practiceId(), Commitment.Kind.ACTION,
                        step.text(), step.owner() == null ? null : step.owner().label(),
                        step.weeks(), stored.remove(focus.practiceId() + "-A" + (i + 1))));
            }
            stored.keySet().stream().filter(key -> key.startsWith(focus.practiceId() + "-A")).toList()
                    .forEach(key -> actions.add(item(key, focus.practiceId(), Commitment.Kind.ACTION, null, null, null,
                            stored.remove(key))));
            practices.add(new Practice(focus.practiceId(), focus.title(), true,
                    item(focus.practiceId(), focus.practiceId(), Commitment.Kind.FOCUS, focus.title(), null, null,
                            stored.remove(focus.practiceId())), actions));
        }
        // committed under an earlier version of the plan: kept, under their practice
        Map<String, List<CommitmentStore.Stored>> earlier = stored.values().stream()
                .collect(Collectors.groupingBy(s -> s.commitment().practiceId(), LinkedHashMap::new, Collectors.toList()));
        earlier.forEach((practiceId, rows) -> {
            String title = knowledge.practice(practiceId).title();
            Item focus = rows.stream().filter(s -> s.commitment().kind() == Commitment.Kind.FOCUS).findFirst()
                    .map(s -> item(practiceId, practiceId, Commitment.Kind.FOCUS, null, null, null, s))
                    .orElse(item(practiceId, practiceId, Commitment.Kind.FOCUS, title, null, null, null));
            List<Item> actions = rows.stream().filter(s -> s.commitment().kind() == Commitment.Kind.ACTION)
                    .map(s -> item(s.commitment().itemKey(), practiceId, Commitment.Kind.ACTION, null, null, null, s))
                    .toList();
            practices.add(new Practice(practiceId, title, false, focus, actions));
        });
        return new Plan(round, practices);
    }

    private static Item item(String key, String practiceId, Commitment.Kind kind, String proposed, String owner,
                             Step.Weeks weeks, CommitmentStore.Stored stored) {
        return new Item(key, practiceId, kind, proposed, owner, weeks, stored == null ? null : stored.commitment(),
                stored == null ? null : stored.updatedBy(), stored == null ? null : stored.updatedAt());
    }

    /**
     * Records the partnership's decision on one item of the plan. The text defaults to the plan's wording; a
     * decision on an item the plan does not hold (and never held) is refused.
     *
     * @throws IllegalArgumentException naming the field when a value is not acceptable
     * @throws NotFoundException when the plan has no such item
     */
    @Transactional
    public Item save(DataService.Actor actor, long roundId, String itemKey, Change change) {
        Plan plan = plan(actor.organisationId(), roundId);
        Item item = find(plan, itemKey).orElseThrow(() -> new NotFoundException("item " + itemKey
                + " is not in this round's plan"));
        String text = change.text() == null || change.text().isBlank() ? item.text() : change.text();
        Commitment commitment = new Commitment(item.itemKey(), item.practiceId(), item.kind(), text,
                parse(Commitment.Decision.class, "decision", change.decision(), null), change.owner(),
                date(change.due()), parse(Commitment.Status.class, "status", change.status(), null),
                change.dropReason() == null || change.dropReason().isBlank() ? null : change.dropReason());
        commitments.save(roundId, commitment, actor.name());
        audit.record(actor.organisationId(), actor.name(), "commitment", plan.round().period() + " " + itemKey,
                describe(commitment));
        return find(plan(actor.organisationId(), roundId), itemKey).orElseThrow();
    }

    /**
     * Accepts every item not decided yet as the plan proposes it: an action's owner is the role the plan names and
     * its date the end of its four-week block from today; a focus item is due at the end of the 90 days. Items
     * already decided are left as they are.
     *
     * @return how many items were accepted
     */
    @Transactional
    public int acceptRest(DataService.Actor actor, long roundId, LocalDate today) {
        Plan plan = plan(actor.organisationId(), roundId);
        int accepted = 0;
        for (Practice practice : plan.practices()) {
            List<Item> items = new ArrayList<>(practice.actions());
            items.add(0, practice.focus());
            for (Item item : items) {
                if (item.decided() || item.proposed() == null) {
                    continue;
                }
                Commitment commitment = new Commitment(item.itemKey(), item.practiceId(), item.kind(), item.proposed(),
                        Commitment.Decision.ACCEPTED, item.suggestedOwner(), today.plusWeeks(weeksEnd(item.weeks())),
                        Commitment.Status.NOT_STARTED, null);
                commitments.save(roundId, commitment, actor.name());
                accepted++;
            }
        }
        if (accepted > 0) {
            audit.record(actor.organisationId(), actor.name(), "commitment", plan.round().period() + " plan",
                    accepted + " items accepted as proposed");
        }
        return accepted;
    }

    /** The last week of a four-week block; 12 (the end of the 90 days) for a focus item. */
    private static int weeksEnd(Step.Weeks weeks) {
        return weeks == null ? 12 : 4 * (weeks.ordinal() + 1);
    }

    /** The round's decided items, in plan order. */
    @Transactional
    public List<Item> decided(long organisationId, long roundId) {
        return plan(organisationId, roundId).practices().stream()
                .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p.focus()), p.actions().stream()))
                .filter(Item::decided).toList();
    }

    /** The commitments of a round as they are stored, for the rules and reports of later rounds. */
    public List<Commitment> ofRound(long roundId) {
        return commitments.ofRound(roundId).stream().map(CommitmentStore.Stored::commitment).toList();
    }

    /** The tracked plan as CSV: one row per item, decided or not, as every CSV the product writes. */
    @Transactional
    public byte[] csv(long organisationId, long roundId) {
        List<List<String>> rows = new ArrayList<>();
        for (Practice practice : plan(organisationId, roundId).practices()) {
            List<Item> items = new ArrayList<>();
            items.add(practice.focus());
            items.addAll(practice.actions());
            for (Item item : items) {
                Commitment c = item.commitment();
                rows.add(List.of(item.itemKey(), item.practiceId(), item.kind().name().toLowerCase(Locale.ROOT),
                        item.text(), c == null ? "" : c.decision().name().toLowerCase(Locale.ROOT),
                        c == null || c.owner() == null ? "" : c.owner(), c == null || c.due() == null ? "" : c.due().toString(),
                        c == null || c.status() == null ? "" : c.status().label(),
                        c == null || c.dropReason() == null ? "" : c.dropReason(),
                        item.proposed() == null ? "no" : "yes", item.updatedBy() == null ? "" : item.updatedBy(),
                        item.updatedAt() == null ? "" : item.updatedAt().toString()));
            }
        }
        return org.partnershiphealth.advisor.Spreadsheet.csv(List.of("item", "practice", "kind", "text", "decision",
                "owner", "due", "status", "drop_reason", "proposed_by_plan", "updated_by", "updated_at"), rows);
    }

    private static Optional<Item> find(Plan plan, String itemKey) {
        return plan.practices().stream()
                .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p.focus()), p.actions().stream()))
                .filter(item -> item.itemKey().equals(itemKey)).findFirst();
    }

    private static String describe(Commitment c) {
        if (!c.accepted()) {
            return "declined";
        }
        return "accepted, " + c.status().label() + (c.owner() == null ? "" : ", owner " + c.owner())
                + (c.due() == null ? "" : ", due " + c.due()) + (c.dropReason() == null ? "" : ": " + c.dropReason());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, E absent) {
        if (value == null || value.isBlank()) {
            if (absent == null && field.equals("decision")) {
                throw new IllegalArgumentException("decision: ACCEPTED or DECLINED is required");
            }
            return absent;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ", not \"" + cut(value) + "\"");
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("due: a date as YYYY-MM-DD, not \"" + cut(value) + "\"");
        }
    }

    private static String cut(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}

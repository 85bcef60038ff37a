package org.partnershiphealth.advisor.service;

import org.partnershiphealth.advisor.security.Tokens;
import org.partnershiphealth.advisor.store.AccountStore;
import org.partnershiphealth.advisor.store.DraftStore;
import org.partnershiphealth.advisor.store.InvitationStore;
import org.partnershiphealth.advisor.store.PartnershipStore;
import org.partnershiphealth.advisor.store.RoundStore;
import org.partnershiphealth.advisor.store.StoredRound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The respondent's side of a round: what a questionnaire link leads to (a round's share link or a personal
 * invitation), and the paged form's draft, kept under its own private token until it is sent.
 */
@Service
public class RespondentService {

    private final RoundStore rounds;
    private final PartnershipStore partnerships;
    private final AccountStore accounts;
    private final InvitationStore invitations;
    private final DraftStore drafts;
    private final AssessmentService assessments;
    private final int draftDays;
    private final org.partnershiphealth.advisor.store.JobLease lease;

    public RespondentService(RoundStore rounds, PartnershipStore partnerships, AccountStore accounts,
                             InvitationStore invitations, DraftStore drafts, AssessmentService assessments,
                             @Value("${pha.drafts.keep-days:30}") int draftDays,
                             org.partnershiphealth.advisor.store.JobLease lease) {
        this.lease = lease;
        this.rounds = rounds;
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.invitations = invitations;
        this.drafts = drafts;
        this.assessments = assessments;
        this.draftDays = draftDays;
    }

    /**
     * Where a questionnaire link leads: the round, the names a respondent should see (the partnership and the
     * organisation running the round), and the invitation when the link is a personal one.
     */
    public record Link(StoredRound round, String partnershipName, String organisationName, String inviteToken,
                       boolean inviteUsed) {

        public boolean invited() {
            return inviteToken != null;
        }
    }

    /** @throws NotFoundException when the token is neither a round's share link nor an invitation */
    public Link link(String token) {
        Optional<StoredRound> shared = rounds.byShareToken(token);
        if (shared.isPresent()) {
            return link(shared.get(), null, false);
        }
        InvitationStore.Invitation invite = invitations.find(token)
                .orElseThrow(() -> new NotFoundException("Questionnaire"));
        return link(rounds.byId(invite.roundId()).orElseThrow(() -> new NotFoundException("Questionnaire")),
                token, invite.answered());
    }

    private Link link(StoredRound round, String inviteToken, boolean used) {
        String partnership = partnerships.find(round.organisationId(), round.partnershipId())
                .map(p -> p.name()).orElse("");
        return new Link(round, partnership, accounts.organisationName(round.organisationId()).orElse(""),
                inviteToken, used);
    }

    public int draftDays() {
        return draftDays;
    }

    /**
     * Starts a draft for the link's round and returns its private token (the resume link).
     *
     * @throws ConflictException when the round is closed or the invitation already used
     */
    @Transactional
    public String start(String token) {
        Link link = link(token);
        if (!link.round().isOpen()) {
            throw new ConflictException("closed");
        }
        if (link.inviteUsed()) {
            throw new ConflictException("used");
        }
        String draft = Tokens.next();
        drafts.create(draft, link.round().id(), link.inviteToken(), UUID.randomUUID().toString());
        return draft;
    }

    /** A draft with its round's link; empty when it was sent or deleted. */
    public Optional<Draft> draft(String draftToken) {
        return drafts.find(draftToken).map(d -> new Draft(d, link(rounds.byId(d.roundId())
                .orElseThrow(() -> new NotFoundException("Questionnaire")), d.inviteToken(), false)));
    }

    public record Draft(DraftStore.Draft stored, Link link) {
        public Map<String, String> values() {
            return stored.values();
        }

        public boolean sent() {
            return stored.sent();
        }
    }

    /**
     * Keeps the values given on one page: each of the page's fields takes the value sent, or is cleared when none
     * was (an answer taken back); the other pages' values stay.
     */
    @Transactional
    public void save(String draftToken, Set<String> pageFields, Map<String, String> sent) {
        DraftStore.Draft draft = drafts.find(draftToken).filter(d -> !d.sent())
                .orElseThrow(() -> new NotFoundException("Draft"));
        Map<String, String> values = new LinkedHashMap<>(draft.values());
        for (String field : pageFields) {
            String value = sent.get(field);
            if (value == null || value.isBlank()) {
                values.remove(field);
            } else {
                values.put(field, value.length() > org.partnershiphealth.advisor.Limits.COMMENT
                        ? value.substring(0, org.partnershiphealth.advisor.Limits.COMMENT) : value);
            }
        }
        drafts.save(draftToken, values);
    }

    /**
     * Sends the draft as the round's response (through its invitation when it came from one) and deletes it, in
     * one transaction: a refused draft stays as it was.
     *
     * @throws org.partnershiphealth.advisor.intake.IntakeException when the answers are incomplete
     * @throws ConflictException when the round closed or the invitation was used meanwhile
     */
    @Transactional
    public AssessmentService.Receipt send(String draftToken) {
        Draft draft = draft(draftToken).filter(d -> !d.stored().sent())
                .orElseThrow(() -> new NotFoundException("Draft"));
        Map<String, String> values = draft.values();
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name.matches("Q\\d\\d[A-Z]")) {
                answers.put(name, value);
            } else if (name.matches("OPEN\\d+")) {
                comments.put(name, value);
            }
        });
        Submission submission = new Submission(values.get("sector"), values.get("role"), values.get("tenure"),
                answers, comments);
        String key = draft.stored().submissionId();
        AssessmentService.Receipt receipt = draft.link().invited()
                ? assessments.submitInvited(draft.link().inviteToken(), submission, key)
                : assessments.submitToRound(draft.link().round(), submission, key);
        drafts.markSent(draftToken);
        return receipt;
    }

    /**
     * Deletes drafts nobody opened for {@code pha.drafts.keep-days} days (30 unless set), once an hour, on one
     * replica at a time.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public int deleteStaleDrafts() {
        return lease.take("drafts", Duration.ofMinutes(30))
                ? drafts.deleteUntouchedSince(Instant.now().minus(Duration.ofDays(draftDays))) : 0;
    }
}

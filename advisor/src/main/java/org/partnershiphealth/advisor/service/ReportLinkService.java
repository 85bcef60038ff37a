package org.partnershiphealth.advisor.service;

import org.partnershiphealth.advisor.Limits;
import org.partnershiphealth.advisor.security.Tokens;
import org.partnershiphealth.advisor.store.ReportLinkStore;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Read-only links to a round's briefing or full report, for a partnership's board: unguessable (192 random bits),
 * revocable, optionally expiring, every opening logged. Only the token's SHA-256 is stored, so the database alone
 * opens no report; the link shows the round's latest published results, never anything the anonymity policy
 * withholds.
 */
@Service
public class ReportLinkService {

    public enum Kind { BRIEFING, FULL }

    private final ReportLinkStore links;
    private final AssessmentService assessments;
    private final DataService data;

    public ReportLinkService(ReportLinkStore links, AssessmentService assessments, DataService data) {
        this.links = links;
        this.assessments = assessments;
        this.data = data;
    }

    /** A new link: its id and the token, which is shown to its creator once and never stored. */
    public record Created(long id, String token) {
    }

    /**
     * Creates a link to the round's report of this kind, valid for {@code days} days (null: until revoked).
     *
     * @throws ConflictException when the round has no published results a board could read
     */
    @Transactional
    public Created create(DataService.Actor actor, long roundId, Kind kind, String label, Integer days) {
        StoredRound round = assessments.round(actor.organisationId(), roundId);
        assessments.latestDiagnosis(actor.organisationId(), roundId);
        String name = label == null || label.isBlank() ? (kind == Kind.BRIEFING ? "Briefing" : "Full report")
                : Limits.atMost("label", label.strip(), Limits.NAME);
        if (days != null && (days < 1 || days > 366)) {
            throw new IllegalArgumentException("days: between 1 and 366, or empty for a link that lasts until revoked");
        }
        String token = Tokens.next();
        Instant expires = days == null ? null : Instant.now().plus(Duration.ofDays(days));
        long id = links.create(roundId, Tokens.sha256(token), kind.name(), name, actor.name(), expires);
        data.recordRoundChange(actor, round, "create report link", "\"" + name + "\" (" + kind.name().toLowerCase()
                + (days == null ? ", until revoked" : ", " + days + " days") + ")");
        return new Created(id, token);
    }

    public List<ReportLinkStore.ReportLink> list(long organisationId, long roundId) {
        assessments.round(organisationId, roundId);
        return links.ofRound(roundId);
    }

    @Transactional
    public void revoke(DataService.Actor actor, long roundId, long linkId) {
        StoredRound round = assessments.round(actor.organisationId(), roundId);
        if (!links.revoke(roundId, linkId)) {
            throw new NotFoundException("Report link");
        }
        data.recordRoundChange(actor, round, "revoke report link", "link " + linkId);
    }

    /** What an opened link shows: the kind of report, its label and the round's latest published results. */
    public record Opened(Kind kind, String label, Diagnosis diagnosis) {
    }

    /**
     * Opens a link, logging the opening with its format.
     *
     * @throws NotFoundException when the token is unknown, revoked or expired (the same answer for all three)
     */
    @Transactional
    public Opened open(String token, String format) {
        ReportLinkStore.ReportLink link = links.byTokenSha256(Tokens.sha256(token))
                .filter(l -> l.active(Instant.now()))
                .orElseThrow(() -> new NotFoundException("Report"));
        StoredRound round = assessments.roundById(link.roundId());
        Diagnosis diagnosis = assessments.latestDiagnosis(round.organisationId(), round.id());
        links.logOpening(link.id(), format);
        return new Opened(Kind.valueOf(link.kind()), link.label(), diagnosis);
    }

    public List<ReportLinkStore.Opening> openings(long organisationId, long roundId, long linkId, int limit) {
        assessments.round(organisationId, roundId);
        return links.ofRound(roundId).stream().filter(l -> l.id() == linkId).findFirst()
                .map(l -> links.openings(linkId, limit)).orElseThrow(() -> new NotFoundException("Report link"));
    }
}

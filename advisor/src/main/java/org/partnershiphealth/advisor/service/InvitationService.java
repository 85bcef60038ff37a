package org.partnershiphealth.advisor.service;

import org.partnershiphealth.advisor.Limits;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.security.Tokens;
import org.partnershiphealth.advisor.store.AccountStore;
import org.partnershiphealth.advisor.store.InvitationStore;
import org.partnershiphealth.advisor.store.PartnershipStore;
import org.partnershiphealth.advisor.store.RoundStore;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.knowledge.Questionnaire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Personal invitations: a consultant pastes or uploads a list of addresses (with optional sector and role hints,
 * used only to show response rates by group), the service makes one single-use link per address and sends it by
 * e-mail when an SMTP server is configured, and reminds those who have not answered, on request or on the round's
 * schedule, never after the round closes. Without SMTP the links are handed out as a list or a CSV.
 */
@Service
public class InvitationService {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationService.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");
    /** Addresses accepted in one list: a large partnership, not a mailing list. */
    public static final int MAX_PER_LIST = 2000;

    private final RoundStore rounds;
    private final PartnershipStore partnerships;
    private final AccountStore accounts;
    private final InvitationStore invitations;
    private final InvitationMailer mailer;
    private final RespondentText text;
    private final Advisor advisor;
    private final String publicUrl;
    private final org.partnershiphealth.advisor.store.JobLease lease;

    public InvitationService(RoundStore rounds, PartnershipStore partnerships, AccountStore accounts,
                             InvitationStore invitations, InvitationMailer mailer, RespondentText text,
                             Advisor advisor, @Value("${pha.public-url:}") String publicUrl,
                             org.partnershiphealth.advisor.store.JobLease lease) {
        this.lease = lease;
        this.rounds = rounds;
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.invitations = invitations;
        this.mailer = mailer;
        this.text = text;
        this.advisor = advisor;
        this.publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    }

    public boolean canSend() {
        return mailer.available();
    }

    /** An address read from a list, with its optional hints. */
    public record Invitee(String email, Sector sector, Role role) {
    }

    /** What adding a list did: new invitations, and addresses the round already had (left as they were). */
    public record Added(int added, int alreadyInvited) {
    }

    /**
     * Adds one invitation per new address of the list: one address per line, optionally followed by a sector and a
     * role (codes such as NONPROFIT, PARTNER_REPRESENTATIVE), separated by commas, semicolons or tabs; a header line
     * is skipped. All or nothing: a list with a problem adds nothing.
     *
     * @throws IllegalArgumentException naming every line with a problem
     */
    @Transactional
    public Added add(long organisationId, long roundId, String list) {
        StoredRound round = round(organisationId, roundId);
        List<Invitee> invitees = parse(list);
        int already = 0;
        int added = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (Invitee invitee : invitees) {
            if (!seen.add(invitee.email().toLowerCase(Locale.ROOT)) || invitations.hasEmail(round.id(), invitee.email())) {
                already++;
                continue;
            }
            invitations.create(round.id(), Tokens.next(), invitee.email(),
                    invitee.sector() == null ? null : invitee.sector().name(),
                    invitee.role() == null ? null : invitee.role().name());
            added++;
        }
        return new Added(added, already);
    }

    static List<Invitee> parse(String list) {
        List<Invitee> invitees = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = (list == null ? "" : list.replace("\uFEFF", "")).split("\\r?\\n|\\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || i == 0 && !line.contains("@") && line.toLowerCase(Locale.ROOT).contains("mail")) {
                continue;
            }
            String[] cells = line.split("\\s*[,;\\t]\\s*", -1);
            String email = unquote(cells[0]);
            String where = "line " + (i + 1);
            if (email.length() > Limits.EMAIL || !EMAIL.matcher(email).matches()) {
                problems.add(where + ": \"" + shorten(email) + "\" is not an e-mail address");
                continue;
            }
            Sector sector = null;
            Role role = null;
            try {
                sector = cells.length > 1 && !unquote(cells[1]).isEmpty() ? Sector.valueOf(code(cells[1])) : null;
            } catch (IllegalArgumentException e) {
                problems.add(where + ": sector \"" + shorten(unquote(cells[1])) + "\" is not one of " + names(Sector.values()));
            }
            try {
                role = cells.length > 2 && !unquote(cells[2]).isEmpty() ? Role.valueOf(code(cells[2])) : null;
            } catch (IllegalArgumentException e) {
                problems.add(where + ": role \"" + shorten(unquote(cells[2])) + "\" is not one of " + names(Role.values()));
            }
            invitees.add(new Invitee(email, sector, role));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("list: nothing was added; " + problems.size() + " line"
                    + (problems.size() == 1 ? "" : "s") + " to correct: " + String.join("; ",
                    problems.subList(0, Math.min(20, problems.size()))) + (problems.size() > 20 ? "; …" : ""));
        }
        if (invitees.isEmpty()) {
            throw new IllegalArgumentException("list: no e-mail address found; put one address per line");
        }
        if (invitees.size() > MAX_PER_LIST) {
            throw new IllegalArgumentException("list: at most " + MAX_PER_LIST + " addresses at a time, not "
                    + invitees.size());
        }
        return invitees;
    }

    private static String unquote(String cell) {
        return cell.strip().replaceAll("^\"|\"$", "").strip();
    }

    private static String code(String cell) {
        return unquote(cell).toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
    }

    /** Invitations per sector hint, for response rates by group. */
    public java.util.Map<String, Integer> bySectorHint(long organisationId, long roundId) {
        round(organisationId, roundId);
        return invitations.bySectorHint(roundId);
    }

    /** The round's invitations, for the invitation page. */
    public List<InvitationStore.Invitation> list(long organisationId, long roundId) {
        round(organisationId, roundId);
        return invitations.ofRound(roundId);
    }

    /** What a sending did: e-mails sent, and the addresses that failed with why. */
    public record Sent(int sent, List<String> failed) {
    }

    /**
     * Sends the first e-mail to every invitation with an address that has had none. {@code baseUrl} is the address
     * respondents reach the service at; it is remembered for scheduled reminders.
     */
    @Transactional
    public Sent sendNew(long organisationId, long roundId, String baseUrl, String replyTo) {
        StoredRound round = requireSendable(organisationId, roundId);
        rounds.setPublicUrl(roundId, baseUrl);
        return send(round, invitations.ofRound(roundId).stream()
                .filter(i -> i.email() != null && i.sentCount() == 0 && !i.answered()).toList(), false, baseUrl, replyTo);
    }

    /** Reminds now every invitation not yet answered that has had its first e-mail and fewer than the limit. */
    @Transactional
    public Sent remindNow(long organisationId, long roundId, String baseUrl, String replyTo) {
        StoredRound round = requireSendable(organisationId, roundId);
        rounds.setPublicUrl(roundId, baseUrl);
        return send(round, invitations.dueReminders(roundId, Instant.now(), round.reminderLimit()), true, baseUrl,
                replyTo);
    }

    /** Sets the round's reminder schedule: every {@code days} days (null or 0: none), at most {@code limit}. */
    @Transactional
    public void schedule(long organisationId, long roundId, Integer days, int limit) {
        round(organisationId, roundId);
        if (days != null && (days < 1 || days > 60)) {
            throw new IllegalArgumentException("reminderDays: between 1 and 60 days, or empty for no reminders");
        }
        if (limit < 1 || limit > 5) {
            throw new IllegalArgumentException("reminderLimit: between 1 and 5 reminders");
        }
        rounds.setReminders(roundId, days == null || days == 0 ? null : days, limit);
    }

    /** Deletes an invitation not yet used (a wrong address). */
    @Transactional
    public boolean delete(long organisationId, long roundId, String token) {
        round(organisationId, roundId);
        return invitations.deleteUnanswered(roundId, token);
    }

    /**
     * Looks every 15 minutes for reminders due on every open round with a schedule (never a closed round: closing
     * stops the reminders), on one replica at a time.
     */
    @Scheduled(fixedDelayString = "${pha.reminders.check-every:PT15M}", initialDelayString = "PT1M")
    public void remindDueOnOneReplica() {
        // the lease is shorter than the schedule, so that the next check can run; the work takes seconds
        if (mailer.available() && lease.take("reminders", Duration.ofMinutes(5))) {
            remindDue();
        }
    }

    /** Sends the reminders that are due now, on this replica (the schedule above makes sure only one does). */
    @Transactional
    public int remindDue() {
        int sent = 0;
        if (!mailer.available()) {
            return 0;
        }
        for (StoredRound round : rounds.openWithReminders()) {
            String base = !publicUrl.isEmpty() ? publicUrl : rounds.publicUrl(round.id()).orElse(null);
            if (base == null) {
                LOG.warn("Reminders of round {} are due but no address is known for its links: set pha.public-url",
                        round.id());
                continue;
            }
            Instant before = Instant.now().minus(Duration.ofDays(round.reminderDays()));
            Sent result = send(round, invitations.dueReminders(round.id(), before, round.reminderLimit()), true,
                    base, null);
            sent += result.sent();
        }
        return sent;
    }

    /** The personal links as a CSV for a mail merge: address, hints, link, whether it was used. */
    public String linksCsv(long organisationId, long roundId, String baseUrl) {
        StringBuilder csv = new StringBuilder("email,sector,role,link,answered\r\n");
        for (InvitationStore.Invitation i : list(organisationId, roundId)) {
            csv.append(String.join(",", java.util.stream.Stream.of(i.email(), i.sectorHint(), i.roleHint(),
                            link(baseUrl, i.token()), i.answered() ? "yes" : "no")
                    .map(cell -> org.partnershiphealth.advisor.SafeCsv.cell(cell == null ? "" : cell)).toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    public static String link(String baseUrl, String token) {
        return baseUrl.replaceAll("/+$", "") + "/q/" + token;
    }

    private Sent send(StoredRound round, List<InvitationStore.Invitation> to, boolean reminder, String baseUrl,
                      String replyTo) {
        RespondentText.Texts t = text.in(round.language());
        String partnership = partnerships.find(round.organisationId(), round.partnershipId())
                .map(p -> p.name()).orElse("");
        String organisation = accounts.organisationName(round.organisationId()).orElse("");
        Questionnaire questionnaire = advisor.knowledge().questionnaire();
        int minutes = Questionnaire.answerMinutes(round.form() == QuestionnaireForm.FULL
                ? questionnaire.fullForm() : questionnaire.shortForm());
        String kind = reminder ? "mail.remind" : "mail.invite";
        int sent = 0;
        List<String> failed = new ArrayList<>();
        for (InvitationStore.Invitation invitation : to) {
            String subject = t.format(kind + ".subject", partnership, minutes);
            String body = t.format(kind + ".body", partnership, minutes, organisation, round.period(),
                    link(baseUrl, invitation.token()), advisor.disclosure().k());
            String error = mailer.send(invitation.email(), subject, body, replyTo);
            invitations.recordSent(invitation.token(), Instant.now(), error);
            if (error == null) {
                sent++;
            } else {
                failed.add(invitation.email() + ": " + error);
            }
        }
        if (!to.isEmpty()) {
            LOG.info("Round {}: {} {} sent, {} failed", round.id(), sent, reminder ? "reminders" : "invitations",
                    failed.size());
        }
        return new Sent(sent, failed);
    }

    /** How many of the round's invitations with an address were used: the people a check-in can be e-mailed to. */
    public int answeredWithAddress(long organisationId, long roundId) {
        round(organisationId, roundId);
        return (int) invitations.ofRound(roundId).stream().filter(i -> i.email() != null && i.answered()).count();
    }

    /**
     * E-mails the round's 90-day check-in link to everyone who answered the round through a personal invitation (the
     * same link for all: the check-in is anonymous and records nothing about who answers it).
     */
    @Transactional
    public Sent sendCheckIn(long organisationId, long roundId, String checkInLink, String replyTo) {
        StoredRound round = round(organisationId, roundId);
        if (!mailer.available()) {
            throw new ConflictException("No SMTP server is configured (spring.mail.host), so nothing can be sent by"
                    + " e-mail: copy the check-in link and send it yourself.");
        }
        RespondentText.Texts t = text.in(round.language());
        String partnership = partnerships.find(round.organisationId(), round.partnershipId())
                .map(p -> p.name()).orElse("");
        String organisation = accounts.organisationName(round.organisationId()).orElse("");
        int sent = 0;
        List<String> failed = new ArrayList<>();
        for (InvitationStore.Invitation invitation : invitations.ofRound(roundId)) {
            if (invitation.email() == null || !invitation.answered()) {
                continue;
            }
            String error = mailer.send(invitation.email(), t.format("mail.checkIn.subject", partnership),
                    t.format("mail.checkIn.body", partnership, null, organisation, round.period(), checkInLink,
                            advisor.disclosure().k()), replyTo);
            if (error == null) {
                sent++;
            } else {
                failed.add(invitation.email() + ": " + error);
            }
        }
        return new Sent(sent, failed);
    }

    private StoredRound requireSendable(long organisationId, long roundId) {
        StoredRound round = round(organisationId, roundId);
        if (!round.isOpen()) {
            throw new ConflictException("The round is closed: nothing is sent for a closed round. Reopen it first.");
        }
        if (!mailer.available()) {
            throw new ConflictException("No SMTP server is configured (spring.mail.host), so nothing can be sent by"
                    + " e-mail: copy the personal links below, or download them as a CSV for a mail merge.");
        }
        return round;
    }

    private StoredRound round(long organisationId, long roundId) {
        return rounds.find(organisationId, roundId).orElseThrow(() -> new NotFoundException("Round"));
    }
}

package org.partnershiphealth.advisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.service.InvitationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations and reminders through a real SMTP server (GreenMail) inside the test run: the personal links, who is
 * reminded, that closing the round stops reminders, and that nothing stored joins a response to an address.
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "pha.mail.from=survey@consultancy.example",
                "pha.reminders.check-every=PT1000H", "logging.structured.format.console=",
                "spring.datasource.url=jdbc:h2:mem:pha-mail;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class InvitationMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/q/([A-Za-z0-9_-]{32})");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InvitationService invitations;

    Http consultant;
    String base;
    String shareToken;
    long roundId;

    @BeforeEach
    void round() {
        consultant = Http.anonymous(port).as("admin@example.org", "change-me-now");
        String slug = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        long partnership = consultant.post("/api/partnerships", Map.of("slug", slug, "name", "Harbour Alliance"))
                .json().get("id").asLong();
        JsonNode round = consultant.post("/api/partnerships/" + partnership + "/rounds",
                Map.of("period", "2026", "form", "SHORT")).json();
        roundId = round.get("id").asLong();
        shareToken = round.get("shareToken").asText();
        base = "/api/rounds/" + roundId;
    }

    @Test
    void eachAddressGetsItsOwnLinkRemindersGoOnlyToThoseWhoHaveNotAnsweredAndNothingJoinsAResponseToAnAddress()
            throws Exception {
        JsonNode added = consultant.post(base + "/invitations", Map.of("list", "email,sector,role\n"
                + "ana@partner.example, NONPROFIT, PARTNER_REPRESENTATIVE\n"
                + "ben@city.example; government\n"
                + "cleo@firm.example\n"
                + "ANA@partner.example\n")).json();
        assertThat(added.get("added").asInt()).isEqualTo(3);
        assertThat(added.get("alreadyInvited").asInt()).as("the same address twice, in another case").isEqualTo(1);

        JsonNode sent = consultant.post(base + "/invitations/send", "").json();

        assertThat(sent.get("sent").asInt()).isEqualTo(3);
        MimeMessage[] first = SMTP.getReceivedMessages();
        assertThat(first).hasSize(3);
        Map<String, String> linkOf = Arrays.stream(first).collect(Collectors.toMap(FormRespondentMail::to,
                FormRespondentMail::link));
        assertThat(Set.copyOf(linkOf.values())).as("one personal link per address").hasSize(3);
        assertThat(linkOf.get("ana@partner.example")).isNotEqualTo(shareToken);
        MimeMessage toAna = Arrays.stream(first).filter(m -> FormRespondentMail.to(m).equals("ana@partner.example"))
                .findFirst().orElseThrow();
        assertThat(toAna.getSubject()).contains("Harbour Alliance");
        assertThat(toAna.getReplyTo()[0].toString()).isEqualTo("admin@example.org");
        assertThat(toAna.getFrom()[0].toString()).isEqualTo("survey@consultancy.example");
        assertThat(GreenMailUtil.getBody(toAna)).contains("stored without any link to your address");

        // Ana answers through her link; Ben opens his but leaves before sending
        FormRespondent ana = new FormRespondent(port);
        assertThat(ana.get("/q/" + linkOf.get("ana@partner.example")).text()).contains("id=\"invitation-promise\"");
        String receipt = ana.answerAll(linkOf.get("ana@partner.example"), "NONPROFIT", "PARTNER_REPRESENTATIVE",
                "ONE_TO_3_YEARS", 4);
        new FormRespondent(port).start(linkOf.get("ben@city.example"));

        SMTP.reset();
        JsonNode reminded = consultant.post(base + "/invitations/remind", "").json();

        assertThat(reminded.get("sent").asInt()).isEqualTo(2);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(FormRespondentMail::to))
                .containsExactlyInAnyOrder("ben@city.example", "cleo@firm.example");
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(FormRespondentMail::link))
                .as("a reminder carries the same personal link")
                .containsExactlyInAnyOrder(linkOf.get("ben@city.example"), linkOf.get("cleo@firm.example"));
        assertThat(ana.get("/q/" + linkOf.get("ana@partner.example")).status())
                .as("a used invitation opens no second questionnaire").isEqualTo(409);

        // nothing stored joins a response to an invitation or an address
        List<String> inviteColumns = columns("invite");
        assertThat(inviteColumns).doesNotContain("response_id", "used_at", "answered_at");
        assertThat(inviteColumns.stream().filter(c -> c.endsWith("_at")))
                .as("no time an invitation was used, to match with a response's time")
                .containsExactlyInAnyOrder("created_at", "last_sent_at");
        List<Map<String, Object>> responses = jdbc.sql("select * from response where round_id = :r")
                .param("r", roundId).query().listOfRows();
        assertThat(responses).hasSize(1);
        Set<String> secrets = Set.of("ana@partner.example", linkOf.get("ana@partner.example"),
                linkOf.get("ben@city.example"), linkOf.get("cleo@firm.example"));
        for (Object value : responses.get(0).values()) {
            for (String secret : secrets) {
                assertThat(String.valueOf(value)).doesNotContainIgnoringCase(secret);
            }
        }
        assertThat(jdbc.sql("select count(*) from response_draft where invite_token is not null and sent")
                .query(Integer.class).single()).as("a sent draft forgets its invitation").isZero();
        assertThat(receipt).isNotBlank();
    }

    @Autowired
    org.partnershiphealth.advisor.service.CheckInService checkIns;

    @Test
    void theCheckInLinkGoesToThoseWhoAnsweredByInvitationAndToNobodyElse() throws Exception {
        consultant.post(base + "/invitations", Map.of("list", "ana@partner.example\nben@city.example\ncleo@firm.example"));
        for (int i = 0; i < 3; i++) {
            Http.anonymous(port).post("/api/respond/" + shareToken, ServiceApiTest.response("NONPROFIT", 2));
        }
        jdbc.sql("update invite set answered = true where round_id = :r and email <> 'cleo@firm.example'")
                .param("r", roundId).update();
        String focus = consultant.get(base + "/commitments").json().get("practices").get(0).get("focus")
                .get("itemKey").asText();
        consultant.put(base + "/commitments/" + focus, Map.of("decision", "ACCEPTED", "status", "UNDER_WAY"));
        var checkIn = checkIns.open(new org.partnershiphealth.advisor.service.DataService.Actor(organisation(),
                "admin@example.org"), roundId);
        String link = "http://localhost:" + port + "/q/c/" + checkIn.shareToken();
        SMTP.reset();

        var sent = invitations.sendCheckIn(organisation(), roundId, link, "admin@example.org");

        assertThat(sent.sent()).isEqualTo(2);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(FormRespondentMail::to))
                .containsExactlyInAnyOrder("ana@partner.example", "ben@city.example");
        MimeMessage toAna = SMTP.getReceivedMessages()[0];
        assertThat(toAna.getSubject()).isEqualTo("90 days on: did the changes in Harbour Alliance happen?");
        assertThat(GreenMailUtil.getBody(toAna)).contains(link, "no link between your answers and your address");
        assertThat(Http.anonymous(port).get("/q/c/" + checkIn.shareToken()).text())
                .contains("Harbour Alliance: 90 days on", "did you see this work happen?");
    }

    @Test
    void scheduledRemindersStopAtTheLimitAndWhenTheRoundCloses() throws Exception {
        consultant.post(base + "/invitations", Map.of("list", "dan@partner.example\neve@partner.example"));
        consultant.post(base + "/invitations/send", "");
        invitations.schedule(organisation(), roundId, 3, 2);
        SMTP.reset();

        assertThat(invitations.remindDue()).as("nothing is due before three days").isZero();
        daysPass(4);
        assertThat(invitations.remindDue()).isEqualTo(2);
        daysPass(4);
        assertThat(invitations.remindDue()).isEqualTo(2);
        daysPass(4);
        assertThat(invitations.remindDue()).as("at most two reminders each").isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(4);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).startsWith("Reminder:");

        invitations.schedule(organisation(), roundId, 3, 5);
        consultant.post(base + "/close", "");
        daysPass(4);
        SMTP.reset();

        assertThat(invitations.remindDue()).as("a closed round reminds nobody").isZero();
        Http.Reply now = consultant.post(base + "/invitations/remind", "");
        assertThat(now.status()).isEqualTo(409);
        assertThat(now.text()).contains("The round is closed");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aSpanishRoundWritesItsInvitationsInSpanishAndAListWithAMistakeAddsNobody() throws Exception {
        Http.Reply wrong = consultant.post(base + "/invitations", Map.of("list",
                "fer@partner.example\nnot-an-address\ngus@partner.example, PIRATE"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("line 2: \\\"not-an-address\\\" is not an e-mail address",
                "line 3: sector \\\"PIRATE\\\" is not one of");
        assertThat(consultant.get(base + "/invitations").json()).isEmpty();

        jdbc.sql("update assessment_round set language = 'es' where id = :r").param("r", roundId).update();
        consultant.post(base + "/invitations", Map.of("list", "fer@partner.example"));
        consultant.post(base + "/invitations/send", "");

        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).startsWith("¿Cómo va Harbour Alliance?");
        assertThat(GreenMailUtil.getBody(mail)).contains("Su enlace personal");
        String token = FormRespondentMail.link(mail);
        assertThat(new FormRespondent(port).get("/q/" + token).text()).contains("lang=\"es\"",
                "Empezar el cuestionario");
    }

    @Test
    void theServiceLooksForDueRemindersAndStaleDraftsOnItsOwn(
            @Autowired org.springframework.scheduling.config.ScheduledTaskHolder scheduler) {
        assertThat(scheduler.getScheduledTasks()).extracting(task -> task.getTask().getRunnable().toString())
                .anyMatch(name -> name.endsWith("InvitationService.remindDueOnOneReplica"))
                .anyMatch(name -> name.endsWith("RespondentService.deleteStaleDrafts"));
    }

    @Test
    void onlyOneReplicaTakesAScheduledJobWhileItsLeaseLasts(@Autowired org.partnershiphealth.advisor.store.JobLease lease)
            throws Exception {
        jdbc.sql("update job_lease set leased_until = timestamp '2000-01-01 00:00:00' where name = 'drafts'").update();
        java.util.concurrent.ExecutorService replicas = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(4);
            List<java.util.concurrent.Future<Boolean>> taken = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                taken.add(replicas.submit(() -> {
                    together.await();
                    return lease.take("drafts", java.time.Duration.ofMinutes(30));
                }));
            }
            int winners = 0;
            for (var each : taken) {
                winners += each.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            replicas.shutdownNow();
        }
        assertThat(lease.take("drafts", java.time.Duration.ofMinutes(30))).as("while the lease lasts").isFalse();
    }

    private void daysPass(int days) {
        jdbc.sql("update invite set last_sent_at = dateadd('DAY', -" + days + ", last_sent_at) where round_id = :r")
                .param("r", roundId).update();
    }

    private long organisation() {
        return jdbc.sql("select p.organisation_id from assessment_round r join partnership p on p.id = r.partnership_id"
                + " where r.id = :r").param("r", roundId).query(Long.class).single();
    }

    private List<String> columns(String table) {
        return jdbc.sql("select lower(column_name) from information_schema.columns where lower(table_name) = :t")
                .param("t", table).query(String.class).list();
    }

    /** What a test reads from a received e-mail. */
    static final class FormRespondentMail {
        static String to(MimeMessage message) {
            try {
                return message.getRecipients(Message.RecipientType.TO)[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        static String link(MimeMessage message) {
            Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
            assertThat(link.find()).as("a personal link in the e-mail").isTrue();
            return link.group(1);
        }
    }
}

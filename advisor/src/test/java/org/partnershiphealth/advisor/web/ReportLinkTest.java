package org.partnershiphealth.advisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnershiphealth.advisor.AdvisorApplication;
import org.partnershiphealth.advisor.service.DataService;
import org.partnershiphealth.advisor.service.ReportLinkService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-only report links over real HTTP: the board opens the briefing and its PDF without an account, each opening
 * is logged, the token itself is nowhere in the database, and an expired or revoked link opens nothing.
 */
@SpringBootTest(classes = AdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=", "spring.datasource.url=jdbc:h2:mem:pha-links;"
                + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class ReportLinkTest {

    @LocalServerPort
    int port;

    @Autowired
    ReportLinkService links;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBoardOpensTheBriefingUntilTheLinkExpiresAndOnlyItsFingerprintIsStored() {
        Http consultant = Http.anonymous(port).as("admin@example.org", "change-me-now");
        long partnership = consultant.post("/api/partnerships", Map.of("slug", "links-" + UUID.randomUUID()
                .toString().substring(0, 6), "name", "Linked Network")).json().get("id").asLong();
        JsonNode round = consultant.post("/api/partnerships/" + partnership + "/rounds",
                Map.of("period", "2026", "form", "SHORT")).json();
        for (int i = 0; i < 4; i++) {
            Http.anonymous(port).post("/api/respond/" + round.get("shareToken").asText(),
                    ServiceApiTest.response(i % 2 == 0 ? "NONPROFIT" : "BUSINESS", 3 + i % 2));
        }
        long organisation = jdbc.sql("select organisation_id from partnership where id = :p").param("p", partnership)
                .query(Long.class).single();
        DataService.Actor actor = new DataService.Actor(organisation, "admin@example.org");
        ReportLinkService.Created created = links.create(actor, round.get("id").asLong(), ReportLinkService.Kind.BRIEFING,
                "Board", 7);
        Http board = Http.anonymous(port);

        Http.Reply page = board.get("/r/" + created.token());
        Http.Reply pdf = board.get("/r/" + created.token() + "?format=pdf");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Linked Network", "Read-only report shared with you");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(jdbc.sql("select format from report_link_access order by id").query(String.class).list())
                .containsExactly("html", "pdf");
        List<Map<String, Object>> stored = jdbc.sql("select * from report_link").query().listOfRows();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).values()).noneMatch(value -> String.valueOf(value).contains(created.token()));

        jdbc.sql("update report_link set expires_at = dateadd('DAY', -1, current_timestamp) where id = :id")
                .param("id", created.id()).update();
        Http.Reply expired = board.get("/r/" + created.token());
        assertThat(expired.status()).isEqualTo(404);
        assertThat(expired.text()).contains("revoked or has expired");
        assertThat(board.get("/r/" + created.token().substring(1) + "x").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from report_link_access").query(Integer.class).single())
                .as("a refused opening is not logged as one").isEqualTo(2);
    }
}

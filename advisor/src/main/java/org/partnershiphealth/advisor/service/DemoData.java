package org.partnershiphealth.advisor.service;

import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyHeader;
import org.partnershiphealth.advisor.store.AccountStore;
import org.partnershiphealth.advisor.store.PartnershipStore;
import org.partnershiphealth.advisor.store.StoredPartnership;
import org.partnershiphealth.advisor.store.StoredRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * On first start, gives the admin's organisation a demo partnership with two annual rounds of realistic answers
 * (the Metro Transit Coalition sample), so a newcomer sees a dashboard, a diagnosis and an annual report at once.
 * Off with pha.demo.enabled=false; never runs when the organisation already has a partnership.
 */
@Component
@Order(2)
public class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final List<String> ROUNDS = List.of("metro-transit-coalition-2025.json",
            "metro-transit-coalition-2026.json");

    private final boolean enabled;
    private final String organisation;
    private final String email;
    private final AccountStore accounts;
    private final PartnershipStore partnerships;
    private final AssessmentService assessments;
    private final CommitmentService commitments;

    public DemoData(@Value("${pha.demo.enabled:true}") boolean enabled,
                    @Value("${pha.admin.organisation}") String organisation, @Value("${pha.admin.email}") String email,
                    AccountStore accounts, PartnershipStore partnerships, AssessmentService assessments,
                    CommitmentService commitments) {
        this.commitments = commitments;
        this.enabled = enabled;
        this.organisation = organisation;
        this.email = email;
        this.accounts = accounts;
        this.partnerships = partnerships;
        this.assessments = assessments;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long organisationId = accounts.organisationId(organisation).orElse(null);
        if (!enabled || organisationId == null || !partnerships.all(organisationId).isEmpty()) {
            return;
        }
        StoredPartnership partnership = null;
        StoredRound first = null;
        for (String file : ROUNDS) {
            byte[] content = read("demo/" + file);
            SurveyHeader header = headerOf(file, content);
            if (partnership == null) {
                partnership = assessments.createPartnership(organisationId, header.partnership().id(),
                        header.partnership().name());
            }
            StoredRound round = assessments.createRound(organisationId, partnership.id(), header.period(),
                    header.form(), header.facts());
            assessments.importFile(organisationId, round.id(), file, content, false);
            first = first == null ? round : first;
            if (round == first) {
                commit(new DataService.Actor(organisationId, email), round);
            }
            if (!file.equals(ROUNDS.get(ROUNDS.size() - 1))) {
                assessments.setOpen(organisationId, round.id(), false);
            }
        }
        LOG.info("Demo data ready: log in at /login as {} with the password in pha.admin.password (change-me-now"
                + " unless you set it) and open {}", email, partnership.name());
    }

    /**
     * What the partnership did with its first round's plan, so that the next round shows the loop: every item
     * accepted as proposed four months ago, the first focus item and its first step reported done, the second under
     * way.
     */
    private void commit(DataService.Actor actor, StoredRound round) {
        commitments.acceptRest(actor, round.id(), java.time.LocalDate.now().minusDays(120));
        List<CommitmentService.Practice> plan = commitments.plan(actor.organisationId(), round.id()).practices();
        for (int i = 0; i < Math.min(2, plan.size()); i++) {
            String status = i == 0 ? "DONE" : "UNDER_WAY";
            CommitmentService.Item focus = plan.get(i).focus();
            commitments.save(actor, round.id(), focus.itemKey(), new CommitmentService.Change("ACCEPTED", null,
                    focus.commitment().owner(), String.valueOf(focus.commitment().due()), status, null));
            if (i == 0 && !plan.get(i).actions().isEmpty()) {
                CommitmentService.Item step = plan.get(i).actions().get(0);
                commitments.save(actor, round.id(), step.itemKey(), new CommitmentService.Change("ACCEPTED", null,
                        step.commitment().owner(), String.valueOf(step.commitment().due()), "DONE", null));
            }
        }
    }

    private SurveyHeader headerOf(String file, byte[] content) {
        var input = assessments.reader().read(file, content, IntakeOptions.strict(), null).input();
        return new SurveyHeader(input.partnership(), input.period(), input.form(), input.facts());
    }

    private static byte[] read(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The demo survey " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

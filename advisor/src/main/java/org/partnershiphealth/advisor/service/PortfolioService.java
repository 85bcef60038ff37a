package org.partnershiphealth.advisor.service;

import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.portfolio.PortfolioExport;
import org.partnershiphealth.advisor.portfolio.ReferenceSet;
import org.partnershiphealth.advisor.store.AccountStore;
import org.partnershiphealth.advisor.store.DiagnosisStore;
import org.partnershiphealth.advisor.store.PartnershipStore;
import org.partnershiphealth.advisor.store.RoundStore;
import org.partnershiphealth.advisor.store.StoredPartnership;
import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.reports.portfolio.Portfolio;
import org.partnershiphealth.reports.portfolio.PortfolioEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An organisation's partnerships side by side: each partnership's latest round with published results (so every
 * figure already covers k or more respondents; self-assessments never count), as distributions and context, never
 * as a ranking. Shown from {@code pha.portfolio.minimum-partnerships} partnerships on (5 unless set, never below 3),
 * so that no partnership's figures stand out on their own.
 */
@Service
public class PortfolioService {

    /** Fewer partnerships than this would let one partnership's figures be read off the spread. */
    public static final int LOWEST_MINIMUM = 3;

    private final PartnershipStore partnerships;
    private final RoundStore rounds;
    private final DiagnosisStore diagnoses;
    private final AccountStore accounts;
    private final Advisor advisor;
    private final int minimum;
    private final org.partnershiphealth.advisor.store.AuditStore audit;
    private final ReferenceSet reference;

    public PortfolioService(PartnershipStore partnerships, RoundStore rounds, DiagnosisStore diagnoses,
                            AccountStore accounts, Advisor advisor, org.partnershiphealth.advisor.store.AuditStore audit,
                            @Value("${pha.portfolio.minimum-partnerships:5}") int minimum,
                            @Value("${pha.reference-set:}") String referenceSet) {
        if (minimum < LOWEST_MINIMUM) {
            throw new IllegalStateException("pha.portfolio.minimum-partnerships is " + minimum + "; it may not be"
                    + " below " + LOWEST_MINIMUM);
        }
        this.partnerships = partnerships;
        this.rounds = rounds;
        this.diagnoses = diagnoses;
        this.accounts = accounts;
        this.advisor = advisor;
        this.minimum = minimum;
        this.audit = audit;
        // a reference set that cannot be read stops the start, naming the file: silently ignoring it would mislead
        this.reference = referenceSet.isBlank() ? null : ReferenceSet.read(java.nio.file.Path.of(referenceSet.strip()));
    }

    @Transactional(readOnly = true)
    public Portfolio portfolio(long organisationId) {
        List<PortfolioEntry> entries = new ArrayList<>();
        for (StoredPartnership partnership : partnerships.all(organisationId)) {
            latestPublished(organisationId, partnership)
                    .ifPresent(diagnosis -> entries.add(PortfolioExport.entry(partnership.slug(), partnership.name(),
                            diagnosis)));
        }
        return Portfolio.of(entries, minimum, advisor.knowledge());
    }

    /**
     * Where one partnership stands in its organisation's portfolio, in words (its health index, then its
     * principles); empty when the portfolio is too small to show or the partnership has no published round in it.
     */
    @Transactional(readOnly = true)
    public List<String> context(long organisationId, long partnershipId) {
        Portfolio portfolio = portfolio(organisationId);
        Optional<String> slug = partnerships.find(organisationId, partnershipId).map(StoredPartnership::slug);
        Optional<PortfolioEntry> entry = portfolio.entries().stream()
                .filter(e -> slug.isPresent() && e.partnershipId().equals(slug.get())).findFirst();
        if (!portfolio.enough() || entry.isEmpty()) {
            return List.of();
        }
        org.partnershiphealth.reports.portfolio.PortfolioView view = new org.partnershiphealth.reports.portfolio
                .PortfolioView(portfolio, org.partnershiphealth.reports.ReportText.english(), 600);
        return List.of(view.contextLine(entry.get(), portfolio.healthIndex()), view.principlesLine(entry.get()))
                .stream().filter(line -> !line.isBlank()).toList();
    }

    public String organisationName(long organisationId) {
        return accounts.organisationName(organisationId).orElse("");
    }

    /** The latest round, by period, whose published results may stand in a portfolio. */
    private Optional<Diagnosis> latestPublished(long organisationId, StoredPartnership partnership) {
        return latestRound(organisationId, partnership).map(Published::diagnosis);
    }

    private record Published(StoredRound round, Diagnosis diagnosis) {
    }

    private Optional<Published> latestRound(long organisationId, StoredPartnership partnership) {
        return rounds.ofPartnership(organisationId, partnership.id()).stream()
                .sorted(Comparator.comparing(StoredRound::period).reversed())
                .map(round -> diagnoses.latest(round.id()).map(s -> new Published(round, s.diagnosis())))
                .flatMap(Optional::stream)
                .filter(published -> PortfolioExport.eligible(published.diagnosis()))
                .findFirst();
    }

    /**
     * The organisation's reference set for other installations, made only when someone asks (the opt-in), from the
     * same rounds as the portfolio; written to the audit record.
     *
     * @throws ConflictException when the portfolio is too small to publish anything
     */
    @Transactional
    public ReferenceSet publishReferenceSet(DataService.Actor actor, String source) {
        List<ReferenceSet.Member> members = new ArrayList<>();
        for (StoredPartnership partnership : partnerships.all(actor.organisationId())) {
            latestRound(actor.organisationId(), partnership).ifPresent(published -> members.add(new ReferenceSet.Member(
                    PortfolioExport.entry(partnership.slug(), partnership.name(), published.diagnosis()),
                    published.round().facts())));
        }
        if (members.size() < minimum) {
            throw new ConflictException("A reference set needs at least " + minimum + " partnerships with published"
                    + " results; " + members.size() + (members.size() == 1 ? " has" : " have") + " them so far.");
        }
        ReferenceSet set = ReferenceSet.of(members, source, java.time.LocalDate.now(), minimum);
        audit.record(actor.organisationId(), actor.name(), "publish reference set", source,
                set.groups().size() + " groups of " + members.size() + " partnerships, no names");
        return set;
    }

    /** The reference set loaded from {@code pha.reference-set}, if one was given. */
    public Optional<ReferenceSet> loadedReferenceSet() {
        return Optional.ofNullable(reference);
    }

    /** Where one partnership stands against the loaded reference set, in words; empty without one. */
    @Transactional(readOnly = true)
    public List<String> referenceContext(long organisationId, long partnershipId) {
        if (reference == null) {
            return List.of();
        }
        return partnerships.find(organisationId, partnershipId)
                .flatMap(partnership -> latestRound(organisationId, partnership).map(published -> reference.context(
                        PortfolioExport.entry(partnership.slug(), partnership.name(), published.diagnosis()),
                        published.round().facts())))
                .orElse(List.of());
    }
}

package org.partnershiphealth.reports.portfolio;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.reports.ReportText;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershiphealth.reports.portfolio.PortfolioSamples.KB;
import static org.partnershiphealth.reports.portfolio.PortfolioSamples.entry;
import static org.partnershiphealth.reports.portfolio.PortfolioSamples.six;
import static org.partnershiphealth.reports.portfolio.PortfolioSamples.withoutPrinciple;

/** The numbers behind the portfolio view: quartiles, positions, order, shared anti-patterns and what is withheld. */
class PortfolioTest {

    private static final double EXACT = 1e-12;

    @Test
    void anOddNumberOfValuesHasItsMiddleValueAsMedianAndOrderStatisticsAsQuartiles() {
        Distribution d = Distribution.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0));

        assertThat(d.n()).isEqualTo(5);
        assertThat(d.values()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(List.of(d.min(), d.lowerQuartile(), d.median(), d.upperQuartile(), d.max()))
                .containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
    }

    @Test
    void anEvenNumberOfValuesInterpolatesAsRAndExcelQuartileIncDo() {
        Distribution four = Distribution.of(List.of(4.0, 1.0, 3.0, 2.0));
        Distribution six = Distribution.of(List.of(80.0, 62.0, 40.0, 70.0, 55.0, 66.0));

        // R: quantile(1:4) gives 1.75 2.5 3.25; quantile(c(40, 55, 62, 66, 70, 80)) gives 56.75 64 69
        assertThat(four.lowerQuartile()).isCloseTo(1.75, org.assertj.core.data.Offset.offset(EXACT));
        assertThat(four.median()).isCloseTo(2.5, org.assertj.core.data.Offset.offset(EXACT));
        assertThat(four.upperQuartile()).isCloseTo(3.25, org.assertj.core.data.Offset.offset(EXACT));
        assertThat(List.of(six.min(), six.lowerQuartile(), six.median(), six.upperQuartile(), six.max()))
                .containsExactly(40.0, 56.75, 64.0, 69.0, 80.0);
    }

    @Test
    void tiedValuesGiveQuartilesEqualToTheTiedValue() {
        Distribution d = Distribution.of(List.of(3.0, 4.0, 3.0, 3.0));
        Distribution one = Distribution.of(List.of(7.0));

        assertThat(List.of(d.min(), d.lowerQuartile(), d.median(), d.upperQuartile(), d.max()))
                .containsExactly(3.0, 3.0, 3.0, 3.25, 4.0);
        assertThat(List.of(one.min(), one.lowerQuartile(), one.median(), one.upperQuartile(), one.max()))
                .containsOnly(7.0);
    }

    @Test
    void aValueOnAQuartileIsInTheMiddleHalfAndOnlyValuesBeyondItAreInTheOuterQuarters() {
        Distribution d = Distribution.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0));
        Distribution ties = Distribution.of(List.of(3.0, 4.0, 3.0, 3.0));

        assertThat(d.position(2.0)).isEqualTo(Position.MIDDLE_HALF);
        assertThat(d.position(4.0)).isEqualTo(Position.MIDDLE_HALF);
        assertThat(d.position(1.99)).isEqualTo(Position.LOWEST_QUARTER);
        assertThat(d.position(4.01)).isEqualTo(Position.HIGHEST_QUARTER);
        assertThat(ties.position(3.0)).as("three tied partnerships on the lower quartile")
                .isEqualTo(Position.MIDDLE_HALF);
    }

    @Test
    void theContextLineGivesThePartOfThePortfolioTheCountAndTheMiddleHalf() {
        Portfolio portfolio = Portfolio.of(six(), 5, KB);
        PortfolioView view = new PortfolioView(portfolio, ReportText.english(), 620);
        Map<String, PortfolioEntry> byName = byName(portfolio);

        assertThat(view.contextLine(byName.get("Metro Transit Coalition"), portfolio.healthIndex())).isEqualTo(
                "Health index 62.0: in the middle half of 6 partnerships (the middle half runs from 56.8 to 69.0).");
        assertThat(view.contextLine(byName.get("Coastal Jobs Compact"), portfolio.healthIndex()))
                .startsWith("Health index 55.0: in the lowest quarter of 6 partnerships");
        assertThat(view.contextLine(byName.get("Harbour Health Alliance"), portfolio.healthIndex()))
                .startsWith("Health index 70.0: in the highest quarter of 6 partnerships");
        assertThat(view.principlesLine(byName.get("Metro Transit Coalition"))).isEqualTo(
                "Principles in the lowest quarter: P3 (2.10). Principles in the middle half: P1 (3.40), P2 (3.55),"
                        + " P4 (3.20), P5 (3.30). Principles in the highest quarter: P6 (4.30).");
    }

    @Test
    void partnershipsComeOutAlphabeticallyWhateverTheirScores() {
        Portfolio portfolio = Portfolio.of(six(), 5, KB);

        assertThat(portfolio.entries()).extracting(PortfolioEntry::name).containsExactly("alpine water compact",
                "Bay Food Network", "Coastal Jobs Compact", "Harbour Health Alliance", "Metro Transit Coalition",
                "Zebra Trail Alliance");
    }

    @Test
    void commonAntiPatternsAreCountedOncePerPartnershipMostCommonFirstThenById() {
        List<PortfolioEntry> entries = six();
        entries.add(entry("Dune Restoration Trust", 50, List.of("AP-PILOTITIS", "AP-PILOTITIS"), 3, 3, 3, 3, 3, 3));
        entries.add(entry("Estuary Forum", 58, List.of(), 3, 3, 3, 3, 3, 3));

        List<Portfolio.CommonAntiPattern> common = Portfolio.of(entries, 5, KB).commonAntiPatterns();

        assertThat(common).extracting(Portfolio.CommonAntiPattern::antiPatternId).containsExactly("AP-PILOTITIS",
                "AP-OVER-COORDINATION", "AP-CREDIT-GRABBING");
        assertThat(common).extracting(Portfolio.CommonAntiPattern::partnerships).containsExactly(4, 2, 1);
        assertThat(common.get(0).share()).isEqualTo(0.5);
        assertThat(common.get(0).name()).isEqualTo(KB.antiPattern("AP-PILOTITIS").name());
    }

    @Test
    void aPrincipleWithheldForOnePartnershipHasOneValueFewer() {
        List<PortfolioEntry> entries = six();
        entries.set(0, withoutPrinciple(entries.get(0), "P5"));
        Portfolio portfolio = Portfolio.of(entries, 5, KB);
        PortfolioView view = new PortfolioView(portfolio, ReportText.english(), 620);

        Measure p5 = portfolio.principles().get(4);
        assertThat(p5.id()).isEqualTo("P5");
        assertThat(p5.n()).isEqualTo(5);
        assertThat(p5.distribution().n()).isEqualTo(5);
        assertThat(portfolio.principles().get(3).distribution().n()).isEqualTo(6);
        assertThat(view.principlesLine(byName(portfolio).get("Zebra Trail Alliance")))
                .endsWith("Principles not published for this round: P5.");
    }

    @Test
    void aPrincipleThatTooFewPartnershipsPublishedIsNotShown() {
        List<PortfolioEntry> entries = six().stream().map(e -> withoutPrinciple(e, "P6")).toList();

        Measure p6 = Portfolio.of(entries, 5, KB).principles().get(5);

        assertThat(p6.shown()).isFalse();
        assertThat(p6.n()).isZero();
    }

    @Test
    void belowTheMinimumThereIsNothingToShow() {
        Portfolio portfolio = Portfolio.of(six().subList(0, 4), 5, KB);

        assertThat(portfolio.enough()).isFalse();
        assertThat(portfolio.measures()).isEmpty();
        assertThat(portfolio.commonAntiPatterns()).isEmpty();
        assertThatThrownBy(portfolio::healthIndex).isInstanceOf(IllegalStateException.class);
        assertThat(Portfolio.of(six().subList(0, 4), 4, KB).enough()).as("a caller may ask for fewer").isTrue();
    }

    @Test
    void aHealthIndexOutsideZeroToHundredIsRefusedNamingThePartnership() {
        assertThatThrownBy(() -> entry("Harbour Health Alliance", 140, List.of(), 3, 3, 3, 3, 3, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Harbour Health Alliance").hasMessageContaining("health index 140");
        assertThatThrownBy(() -> entry("Bay Food Network", 60, List.of(), 3, 3, 6.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bay Food Network").hasMessageContaining("P3");
        assertThatThrownBy(() -> new PortfolioEntry("bay", null, "2026", 50, Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bay").hasMessageContaining("name");
    }

    @Test
    void aPortfolioRefusesAMinimumBelowTwoARepeatedPartnershipAndAnUnknownPrinciple() {
        List<PortfolioEntry> twice = six();
        twice.add(twice.get(0));

        assertThatThrownBy(() -> Portfolio.of(six(), 1, KB)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Portfolio.of(twice, 5, KB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Zebra Trail Alliance");
        assertThatThrownBy(() -> Portfolio.of(List.of(new PortfolioEntry("x", "X", "2026", 50, Map.of("P9", 3.0),
                List.of())), 2, KB)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P9");
    }

    private static Map<String, PortfolioEntry> byName(Portfolio portfolio) {
        return portfolio.entries().stream().collect(java.util.stream.Collectors.toMap(PortfolioEntry::name, e -> e));
    }
}

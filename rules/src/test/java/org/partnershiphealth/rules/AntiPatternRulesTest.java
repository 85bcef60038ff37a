package org.partnershiphealth.rules;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.assessment.Sector;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.FindingKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershiphealth.rules.Rules.evaluate;
import static org.partnershiphealth.rules.Rules.evidence;
import static org.partnershiphealth.rules.Rules.ids;
import static org.partnershiphealth.rules.Rules.the;

/** Each anti-pattern rule on its situation, with the evidence it must cite, and on a near miss. */
class AntiPatternRulesTest {

    private static Situation situation() {
        return Situation.unremarkable();
    }

    private static Finding detected(Situation situation, String antiPatternId) {
        Finding finding = the(evaluate(situation), antiPatternId);
        assertThat(finding.kind()).isEqualTo(FindingKind.ANTI_PATTERN);
        assertThat(finding.antiPatternId()).isEqualTo(antiPatternId);
        assertThat(finding.practiceIds()).isEqualTo(Situation.KB.antiPattern(antiPatternId).remedies());
        return finding;
    }

    private static void notDetected(Situation situation, String antiPatternId) {
        assertThat(ids(evaluate(situation))).doesNotContain(antiPatternId);
    }

    // --- AP-NO-RELAUNCH-AFTER-TURNOVER: the field guide's 15% line ---------------------------------------------

    @Test
    void relaunchIsOverdueWhenTurnoverSinceTheLastLaunchReachesFifteenPercent() {
        Finding finding = detected(situation().fact("turnoverPercentSinceLaunch", 15).fact("monthsSinceLaunch", 20),
                "AP-NO-RELAUNCH-AFTER-TURNOVER");

        assertThat(evidence(finding)).containsExactly("turnoverPercentSinceLaunch = 15 % (>= 15 %)",
                "monthsSinceLaunch = 20 months (> 12 months)");
    }

    @Test
    void fourteenPercentTurnoverDoesNotCallForARelaunch() {
        notDetected(situation().fact("turnoverPercentSinceLaunch", 14).fact("monthsSinceLaunch", 20),
                "AP-NO-RELAUNCH-AFTER-TURNOVER");
    }

    @Test
    void turnoverSinceARecentLaunchStillCallsForARelaunchButWeighsLessThanAfterAnOldOne() {
        Finding recent = detected(situation().fact("turnoverPercentSinceLaunch", 20).fact("monthsSinceLaunch", 6),
                "AP-NO-RELAUNCH-AFTER-TURNOVER");
        Finding old = detected(situation().fact("turnoverPercentSinceLaunch", 20).fact("monthsSinceLaunch", 30),
                "AP-NO-RELAUNCH-AFTER-TURNOVER");

        assertThat(evidence(recent)).containsExactly("turnoverPercentSinceLaunch = 20 % (>= 15 %)");
        assertThat(recent.severity()).isLessThan(old.severity());
    }

    @Test
    void newcomersWhoNeverAgreedHowTheTeamWorksMakeAnOverdueRelaunchMoreSevere() {
        Situation plain = situation().fact("turnoverPercentSinceLaunch", 15).fact("monthsSinceLaunch", 13);
        Situation confirmed = situation().fact("turnoverPercentSinceLaunch", 15).fact("monthsSinceLaunch", 13)
                .agreement("Q11C", 4.6).agreement("Q11B", 1.8);

        Finding finding = detected(confirmed, "AP-NO-RELAUNCH-AFTER-TURNOVER");
        assertThat(evidence(finding)).contains("Q11C agreement = 4.6 (>= 3.5; 10 answered)", "Q11B agreement = 1.8 (<= 2.5; 10 answered)");
        assertThat(finding.severity()).isGreaterThan(detected(plain, "AP-NO-RELAUNCH-AFTER-TURNOVER").severity());
    }

    // --- AP-FUNDING-DRIVEN-TABLE -------------------------------------------------------------------------------

    @Test
    void aTableFormedForAGrantWithLittleHistoryAndAPurposeThatWouldNotOutliveItIsFundingDriven() {
        Finding finding = detected(situation().fact("formationTrigger", "FUNDING_OPPORTUNITY")
                .fact("monthsRelationshipBeforeFunding", 2).agreement("Q01C", 4.1), "AP-FUNDING-DRIVEN-TABLE");

        assertThat(evidence(finding)).containsExactly("formationTrigger = FUNDING_OPPORTUNITY",
                "monthsRelationshipBeforeFunding = 2 months (< 6 months)", "Q01C agreement = 4.1 (>= 3.5; 10 answered)");
    }

    @Test
    void aSingleDominantFunderAloneIsEnoughWhenPartnersCannotStateThePurpose() {
        Finding finding = detected(situation().fact("formationTrigger", "SHARED_PROBLEM")
                .fact("monthsRelationshipBeforeFunding", 3).fact("largestFunderSharePercent", 75)
                .agreement("Q01A", 2.2), "AP-FUNDING-DRIVEN-TABLE");

        assertThat(evidence(finding)).containsExactly("largestFunderSharePercent = 75 % (> 60 %)",
                "Q01A agreement = 2.2 (<= 2.5; 10 answered)");
    }

    @Test
    void sixMonthsOfSharedHistoryBeforeTheGrantIsNotAFundingDrivenTable() {
        notDetected(situation().fact("formationTrigger", "FUNDING_OPPORTUNITY")
                .fact("monthsRelationshipBeforeFunding", 6).agreement("Q01C", 4.1), "AP-FUNDING-DRIVEN-TABLE");
    }

    @Test
    void aGrantDrivenOriginThatPartnersHaveOutgrownIsNotFlagged() {
        notDetected(situation().fact("formationTrigger", "FUNDING_OPPORTUNITY")
                .fact("monthsRelationshipBeforeFunding", 1).agreement("Q01C", 2.0), "AP-FUNDING-DRIVEN-TABLE");
    }

    // --- AP-OVER-COORDINATION / AP-UNDER-COORDINATION ------------------------------------------------------------

    @Test
    void manyMeetingsAHighCoordinationShareAndMeetingsNotWorthTheTimeAreOverCoordination() {
        Finding finding = detected(situation().fact("meetingsPerMonth", 12).fact("coordinationSharePercent", 45)
                .agreement("Q18A", 2.1), "AP-OVER-COORDINATION");

        assertThat(evidence(finding)).containsExactly("meetingsPerMonth = 12 meetings/month (> 8 meetings/month)",
                "coordinationSharePercent = 45 % (> 30 %)", "Q18A agreement = 2.1 (<= 2.5; 10 answered)");
    }

    @Test
    void aHeavyScheduleThatPartnersValueIsNotOverCoordination() {
        notDetected(situation().fact("meetingsPerMonth", 12).fact("coordinationSharePercent", 45)
                .agreement("Q18A", 4.0).agreement("Q18C", 2.0), "AP-OVER-COORDINATION");
    }

    @Test
    void eightMeetingsAMonthIsNotYetTooMany() {
        notDetected(situation().fact("meetingsPerMonth", 8).fact("coordinationSharePercent", 45)
                .agreement("Q18C", 4.0), "AP-OVER-COORDINATION");
    }

    @Test
    void partnersWhoBarelyMeetAndDuplicateEachOthersWorkAreUnderCoordinated() {
        Finding finding = detected(situation().fact("meetingsPerMonth", 0.5).fact("backboneFte", 0)
                .agreement("Q06B", 3.9), "AP-UNDER-COORDINATION");

        assertThat(evidence(finding)).containsExactly("meetingsPerMonth = 0.5 meetings/month (< 1 meetings/month)",
                "Q06B agreement = 3.9 (>= 3.5; 10 answered)", "backboneFte = 0 FTE");
    }

    @Test
    void aLightTouchThatCausesNoDuplicationIsNotUnderCoordination() {
        notDetected(situation().fact("meetingsPerMonth", 0.5).fact("coordinationSharePercent", 3),
                "AP-UNDER-COORDINATION");
    }

    // --- AP-COOPERATION-NOT-COLLABORATION ------------------------------------------------------------------------

    @Test
    void regularAttendanceWithoutSharedWorkOrHardConversationsIsCooperationNotCollaboration() {
        Finding finding = detected(situation().fact("meetingsPerMonth", 2).agreement("Q15D", 2.0)
                .agreement("Q13C", 4.0), "AP-COOPERATION-NOT-COLLABORATION");

        assertThat(evidence(finding)).containsExactly("meetingsPerMonth = 2 meetings/month (>= 1 meetings/month)",
                "Q15D agreement = 2 (<= 2.5; 10 answered)", "Q13C agreement = 4 (>= 3.5; 10 answered)");
    }

    @Test
    void partnersWhoWorkTogetherBetweenMeetingsAreCollaborating() {
        notDetected(situation().fact("meetingsPerMonth", 2).agreement("Q15D", 3.2).agreement("Q13C", 4.0),
                "AP-COOPERATION-NOT-COLLABORATION");
    }

    // --- AP-GOTCHA-ACCOUNTABILITY --------------------------------------------------------------------------------

    @Test
    void checkInsThatFeelLikeInspectionsWithoutHelpAreGotchaAccountability() {
        Finding finding = detected(situation().agreement("Q19B", 4.0).agreement("Q19A", 2.0)
                .fact("coordinationSharePercent", 40), "AP-GOTCHA-ACCOUNTABILITY");

        assertThat(evidence(finding)).containsExactly("Q19B agreement = 4 (>= 3.5; 10 answered)", "Q19A agreement = 2 (<= 2.5; 10 answered)",
                "coordinationSharePercent = 40 % (> 30 %)");
    }

    @Test
    void demandingCheckInsThatComeWithHelpAreNotGotchaAccountability() {
        notDetected(situation().agreement("Q19B", 4.0).agreement("Q19A", 3.6), "AP-GOTCHA-ACCOUNTABILITY");
    }

    // --- AP-COMPLIANCE-ONLY-ALIGNMENT ----------------------------------------------------------------------------

    @Test
    void partnersWhoFollowPlansBecauseTheySignedWithAStalePurposeAreCompliantNotAligned() {
        Finding finding = detected(situation().agreement("Q01D", 3.8).fact("monthsSincePurposeRevisited", 30),
                "AP-COMPLIANCE-ONLY-ALIGNMENT");

        assertThat(evidence(finding)).containsExactly("Q01D agreement = 3.8 (>= 3.5; 10 answered)",
                "monthsSincePurposeRevisited = 30 months (> 12 months)");
    }

    @Test
    void complianceWithARecentlyRenewedPurposeIsNotFlagged() {
        notDetected(situation().agreement("Q01D", 3.8).fact("monthsSincePurposeRevisited", 10)
                .agreement("Q01B", 3.5), "AP-COMPLIANCE-ONLY-ALIGNMENT");
    }

    // --- AP-CREDIT-GRABBING --------------------------------------------------------------------------------------

    @Test
    void withoutAStatementProtocolCreditTakenWithoutAgreementIsCreditGrabbing() {
        Finding finding = detected(situation().fact("publicStatementProtocol", false).agreement("Q08C", 3.7)
                .agreement("Q08A", 2.4), "AP-CREDIT-GRABBING");

        assertThat(evidence(finding)).containsExactly("publicStatementProtocol = false (expected true)",
                "Q08C agreement = 3.7 (>= 3.5; 10 answered)", "Q08A agreement = 2.4 (<= 2.5; 10 answered)");
    }

    @Test
    void anAgreedProtocolMeansCreditDisputesAreHandledNotAPattern() {
        notDetected(situation().fact("publicStatementProtocol", true).agreement("Q08C", 3.7), "AP-CREDIT-GRABBING");
    }

    // --- AP-IN-NEVER-ON --------------------------------------------------------------------------------------------

    @Test
    void noReviewsAndNoTimeToImproveThePartnershipIsWorkingInNeverOn() {
        Finding finding = detected(situation().fact("reviewsHeld12m", 0).agreement("Q14A", 2.0), "AP-IN-NEVER-ON");

        assertThat(evidence(finding)).containsExactly("reviewsHeld12m = 0 reviews",
                "Q14A agreement = 2 (<= 2.5; 10 answered)");
    }

    @Test
    void aPartnershipThatHeldAReviewRecentlyIsWorkingOnItself() {
        notDetected(situation().fact("reviewsHeld12m", 1).fact("monthsSinceLaunch", 10).agreement("Q14A", 2.0),
                "AP-IN-NEVER-ON");
    }

    // --- AP-UNEXAMINED-INTEGRATION ---------------------------------------------------------------------------------

    @Test
    void sectorsThatExpectDifferentDegreesOfIntegrationWhileSomeActAloneIsUnexamined() {
        Finding finding = detected(situation().agreement("Q15C", 3.9).fact("sectorCount", 3)
                .sector("BUSINESS", "Q15A", 4.2, 3).sector("NONPROFIT", "Q15A", 2.6, 4),
                "AP-UNEXAMINED-INTEGRATION");

        assertThat(evidence(finding)).containsExactly("Q15C agreement = 3.9 (>= 3.5; 10 answered)",
                "Q15A agreement, SECTOR:BUSINESS vs SECTOR:NONPROFIT = 4.2 vs 2.6 (gap >= 1)",
                "sectorCount = 3 sectors (>= 2 sectors)");
    }

    @Test
    void partnersWhoAgreeHowCloselyTheyWorkAreNotUnexamined() {
        notDetected(situation().agreement("Q15C", 3.9).agreement("Q15A", 3.8)
                .sector("BUSINESS", "Q15A", 3.9, 3).sector("NONPROFIT", "Q15A", 3.5, 4), "AP-UNEXAMINED-INTEGRATION");
    }

    // --- AP-GROUNDHOG-DAY ------------------------------------------------------------------------------------------

    @Test
    void noDecisionLogAndSettledQuestionsReopenedIsGroundhogDay() {
        Finding finding = detected(situation().fact("decisionLogAccessible", false).agreement("Q20C", 4.0)
                .fact("turnoverPercentSinceLaunch", 25), "AP-GROUNDHOG-DAY");

        assertThat(evidence(finding)).containsExactly("Q20C agreement = 4 (>= 3.5; 10 answered)",
                "decisionLogAccessible = false (expected true)", "turnoverPercentSinceLaunch = 25 % (>= 15 %)");
    }

    @Test
    void aDecisionLogThatNewcomersUseKeepsSettledQuestionsSettled() {
        notDetected(situation().fact("decisionLogAccessible", true).agreement("Q20C", 3.0), "AP-GROUNDHOG-DAY");
    }

    // --- AP-INFLICTOR-INFLICTED ------------------------------------------------------------------------------------

    @Test
    void noTargetPopulationInDesignAndNoneAmongRespondentsIsDecidingForNotWith() {
        Finding finding = detected(situation().fact("targetPopulationInDesign", false)
                .respondents(Sector.NONPROFIT, 6).respondents(Sector.BUSINESS, 4), "AP-INFLICTOR-INFLICTED");

        assertThat(evidence(finding)).containsExactly("targetPopulationInDesign = false (expected true)",
                "respondents from COMMUNITY = 0 (>= 1)");
    }

    @Test
    void aCommunityThatRatesItsOwnInvolvementFarLowerMakesItMoreSevere() {
        Situation plain = situation().agreement("Q22A", 2.4).agreement("Q21C", 3.8);
        Situation aggravated = situation().agreement("Q22A", 2.4).agreement("Q21C", 3.8)
                .sector("COMMUNITY", "Q22A", 1.2, 3);

        Finding finding = detected(aggravated, "AP-INFLICTOR-INFLICTED");
        assertThat(evidence(finding)).contains("Q22A agreement, COMMUNITY vs everyone = 1.2 vs 2.4 (gap >= 1)");
        assertThat(finding.severity()).isGreaterThan(detected(plain, "AP-INFLICTOR-INFLICTED").severity());
    }

    @Test
    void thePeopleServedAmongRespondentsAndInDesignAreNotInflictedUpon() {
        notDetected(situation().fact("targetPopulationInDesign", true).respondents(Sector.COMMUNITY, 3)
                .agreement("Q21C", 3.9), "AP-INFLICTOR-INFLICTED");
    }

    // --- AP-BIG-BANG-ROLLOUT / AP-PILOTITIS ------------------------------------------------------------------------

    @Test
    void longIncrementsAndProgrammesUnseenUntilLaunchAreABigBangRollout() {
        Finding finding = detected(situation().fact("sprintLengthMonths", 12).agreement("Q22B", 4.0),
                "AP-BIG-BANG-ROLLOUT");

        assertThat(evidence(finding)).containsExactly("sprintLengthMonths = 12 months (> 6 months)",
                "Q22B agreement = 4 (>= 3.5; 10 answered)");
    }

    @Test
    void sixMonthIncrementsAreWithinTheFieldGuidesRange() {
        notDetected(situation().fact("sprintLengthMonths", 6).fact("planningHorizonMonths", 36)
                .agreement("Q22B", 4.0), "AP-BIG-BANG-ROLLOUT");
    }

    @Test
    void manyPilotsAndNoneScaledIsPilotitis() {
        Finding finding = detected(situation().fact("activePilots", 5).fact("pilotsScaled24m", 0), "AP-PILOTITIS");

        assertThat(evidence(finding)).containsExactly("activePilots = 5 pilots (>= 3 pilots)",
                "pilotsScaled24m = 0 pilots");
    }

    @Test
    void scalingWithoutCheckingLocalFitIsTheCopyAndPasteVariant() {
        Finding finding = detected(situation().fact("activePilots", 2).fact("pilotsScaled24m", 2)
                .agreement("Q24D", 2.0), "AP-PILOTITIS");

        assertThat(evidence(finding)).containsExactly("pilotsScaled24m = 2 pilots (> 0 pilots)",
                "Q24D agreement = 2 (<= 2.5; 10 answered)");
    }

    @Test
    void pilotsThatGetScaledAreNotPilotitis() {
        notDetected(situation().fact("activePilots", 5).fact("pilotsScaled24m", 1), "AP-PILOTITIS");
    }

    // --- AP-METRIC-PROLIFERATION / AP-DATA-DIVORCED-FROM-LEARNING --------------------------------------------------

    @Test
    void moreMetricsThanAnyoneLearnsFromIsMetricProliferation() {
        Finding finding = detected(situation().fact("metricsTracked", 60).fact("metricsReviewedForLearning", 6)
                .agreement("Q25C", 4.2), "AP-METRIC-PROLIFERATION");

        assertThat(evidence(finding)).containsExactly("metricsTracked = 60 metrics (> 15 metrics)",
                "metricsReviewedPercent = 10 % (< 50 %)", "Q25C agreement = 4.2 (>= 3.5; 10 answered)");
    }

    @Test
    void fifteenMetricsThatAreMostlyReviewedAreNotTooMany() {
        notDetected(situation().fact("metricsTracked", 15).fact("metricsReviewedForLearning", 10)
                .agreement("Q25C", 4.2), "AP-METRIC-PROLIFERATION");
    }

    @Test
    void dataThatNobodyReviewsToDecideAnythingIsDivorcedFromLearning() {
        Finding finding = detected(situation().fact("metricsReviewedForLearning", 0).fact("reviewsHeld12m", 1)
                .agreement("Q26C", 4.0), "AP-DATA-DIVORCED-FROM-LEARNING");

        assertThat(evidence(finding)).containsExactly("metricsReviewedForLearning = 0 metrics",
                "reviewsHeld12m = 1 reviews (< 2 reviews)", "Q26C agreement = 4 (>= 3.5; 10 answered)");
    }

    @Test
    void twoReviewsAYearWithMetricsDiscussedIsLearning() {
        notDetected(situation().fact("metricsReviewedForLearning", 4).fact("reviewsHeld12m", 2)
                .agreement("Q26C", 4.0), "AP-DATA-DIVORCED-FROM-LEARNING");
    }

    // --- AP-PERISHABLE-IN-KIND / AP-ASSOCIATION-AS-ONLY-VOICE ------------------------------------------------------

    @Test
    void aLargeInKindShareWithMuchOfItUnusedIsPerishable() {
        Finding finding = detected(situation().fact("inKindSharePercent", 45).fact("inKindUnusedPercent", 35),
                "AP-PERISHABLE-IN-KIND");

        assertThat(evidence(finding)).containsExactly("inKindSharePercent = 45 % (> 30 %)",
                "inKindUnusedPercent = 35 % (> 20 %)");
    }

    @Test
    void inKindHelpThatIsMostlyUsedIsNotPerishable() {
        notDetected(situation().fact("inKindSharePercent", 45).fact("inKindUnusedPercent", 20),
                "AP-PERISHABLE-IN-KIND");
    }

    @Test
    void membersReachedOnlyThroughTheirAssociationAreFiltered() {
        Finding finding = detected(situation().fact("membersEngagedOnlyThroughAssociations", true),
                "AP-ASSOCIATION-AS-ONLY-VOICE");

        assertThat(evidence(finding)).containsExactly("membersEngagedOnlyThroughAssociations = true (expected false)");
    }

    @Test
    void directContactWithMembersBesideTheAssociationIsNotAFilter() {
        notDetected(situation().fact("membersEngagedOnlyThroughAssociations", false).agreement("Q23B", 3.5),
                "AP-ASSOCIATION-AS-ONLY-VOICE");
    }

    // --- AP-OVERDRAWN-RELATIONSHIP-BANK / AP-UNSTAFFED-BACKBONE ----------------------------------------------------

    @Test
    void asksBeforeListeningWithNoVisibleReturnOverdrawTheRelationshipBank() {
        Finding finding = detected(situation().agreement("Q04C", 3.8).agreement("Q07A", 2.2)
                .fact("monthsRelationshipBeforeFunding", 2), "AP-OVERDRAWN-RELATIONSHIP-BANK");

        assertThat(evidence(finding)).containsExactly("Q04C agreement = 3.8 (>= 3.5; 10 answered)", "Q07A agreement = 2.2 (<= 2.5; 10 answered)",
                "monthsRelationshipBeforeFunding = 2 months (< 6 months)");
    }

    @Test
    void asksThatComeWithAVisibleReturnDoNotOverdrawTheBank() {
        notDetected(situation().agreement("Q04C", 3.8).agreement("Q07A", 3.6).agreement("Q08A", 3.4),
                "AP-OVERDRAWN-RELATIONSHIP-BANK");
    }

    @Test
    void lessThanHalfAPostForFiveOrMorePartnersIsAnUnstaffedBackbone() {
        Finding finding = detected(situation().fact("backboneFte", 0.2).fact("partnerCount", 9)
                .agreement("Q17C", 3.8), "AP-UNSTAFFED-BACKBONE");

        assertThat(evidence(finding)).containsExactly("backboneFte = 0.2 FTE (< 0.5 FTE)",
                "partnerCount = 9 organisations (>= 5 organisations)", "Q17C agreement = 3.8 (>= 3.5; 10 answered)");
    }

    @Test
    void halfAPostOrAVerySmallPartnershipIsNotUnstaffed() {
        notDetected(situation().fact("backboneFte", 0.5).fact("partnerCount", 9), "AP-UNSTAFFED-BACKBONE");
        notDetected(situation().fact("backboneFte", 0.2).fact("partnerCount", 4), "AP-UNSTAFFED-BACKBONE");
    }

    // --- AP-FIXING-WEAKNESSES / AP-LEADERS-ONLY-COMMITMENTS / AP-UNDER-COMMUNICATION -------------------------------

    @Test
    void reviewsThatDwellOnWhatWentWrongAreFixingWeaknesses() {
        Finding finding = detected(situation().fact("reviewsHeld12m", 3).agreement("Q27D", 3.9),
                "AP-FIXING-WEAKNESSES");

        assertThat(evidence(finding)).containsExactly("reviewsHeld12m = 3 reviews (>= 1 reviews)",
                "Q27D agreement = 3.9 (>= 3.5; 10 answered)");
    }

    @Test
    void withoutAnyReviewThereIsNoReviewStyleToCriticise() {
        notDetected(situation().fact("reviewsHeld12m", 0).agreement("Q27D", 3.9), "AP-FIXING-WEAKNESSES");
    }

    @Test
    void commitmentsWithoutHowToSupportAtScaleLeaveFastFollowersBehind() {
        Finding finding = detected(situation().fact("implementationSupportForFollowers", false)
                .fact("partnerCount", 40), "AP-LEADERS-ONLY-COMMITMENTS");

        assertThat(evidence(finding)).containsExactly("implementationSupportForFollowers = false (expected true)",
                "partnerCount = 40 organisations (>= 20 organisations)");
    }

    @Test
    void practicalSupportForFollowersIsNotLeadersOnly() {
        notDetected(situation().fact("implementationSupportForFollowers", true).agreement("Q21D", 3.0),
                "AP-LEADERS-ONLY-COMMITMENTS");
    }

    @Test
    void fourTouchesBeforeAKnownAskAndSilenceUntilResultsIsUnderCommunication() {
        Finding finding = detected(situation().fact("touchesBeforeAsk", 4).fact("communicatingSharePercent", 2)
                .agreement("Q02C", 4.3), "AP-UNDER-COMMUNICATION");

        assertThat(evidence(finding)).containsExactly("touchesBeforeAsk = 4 touches (< 5 touches)",
                "communicatingSharePercent = 2 % (< 10 %)", "Q02C agreement = 4.3 (>= 3.5; 10 answered)");
    }

    @Test
    void moreThanFourTouchesAreEnoughForAKnownAskButNotForANewOne() {
        notDetected(situation().fact("touchesBeforeAsk", 5).fact("communicatingSharePercent", 10)
                .agreement("Q02C", 4.3), "AP-UNDER-COMMUNICATION");
        Finding newAsk = detected(situation().fact("touchesBeforeAsk", 12).fact("askIsNew", true)
                .fact("communicatingSharePercent", 10).agreement("Q02C", 4.3), "AP-UNDER-COMMUNICATION");
        notDetected(situation().fact("touchesBeforeAsk", 13).fact("askIsNew", true)
                .fact("communicatingSharePercent", 10).agreement("Q02C", 4.3), "AP-UNDER-COMMUNICATION");

        assertThat(evidence(newAsk)).contains("touchesBeforeAsk = 12 touches (< 13 touches)");
    }

    @Test
    void thirtySixTouchesAYearDoNotMakeUpForTooFewBeforeTheAsk() {
        // the old monthly rate counted 3 touches a month as "too few" and 36 a year as fine; what matters is per ask
        notDetected(situation().fact("touchesBeforeAsk", 36).fact("askIsNew", true)
                .fact("communicatingSharePercent", 10).agreement("Q02C", 4.3), "AP-UNDER-COMMUNICATION");
    }

    // --- AP-NO-CHOICES, AP-EXCLUDED-BECOME-OPPONENTS, AP-INVISIBLE-RELATIONSHIP-WORK ------------------------------

    @Test
    void addingActivitiesWithoutEverSettingAnyAsideIsNoChoices() {
        Finding finding = detected(situation().agreement("Q03C", 4.2).agreement("Q03B", 2.1), "AP-NO-CHOICES");

        assertThat(evidence(finding)).containsExactly("Q03C agreement = 4.2 (>= 3.5; 10 answered)",
                "Q03B agreement = 2.1 (<= 2.5; 10 answered)");
        assertThat(finding.asserted()).isTrue();
    }

    @Test
    void aPartnershipThatDropsOldWorkAndSaysNoIsMakingChoices() {
        notDetected(situation().agreement("Q03C", 2.4).agreement("Q03B", 3.8), "AP-NO-CHOICES");
    }

    @Test
    void groupsLeftOutWithNoWayInAreOnTheirWayToBecomingOpponents() {
        Finding finding = detected(situation().agreement("Q05B", 3.9).agreement("Q05A", 2.2),
                "AP-EXCLUDED-BECOME-OPPONENTS");

        assertThat(evidence(finding)).containsExactly("Q05B agreement = 3.9 (>= 3.5; 10 answered)",
                "Q05A agreement = 2.2 (<= 2.5; 10 answered)");
    }

    @Test
    void groupsWhoFeelLeftOutButHaveAClearWayInAreNotExcluded() {
        notDetected(situation().agreement("Q05B", 3.9).agreement("Q05A", 3.8).agreement("Q05C", 3.6),
                "AP-EXCLUDED-BECOME-OPPONENTS");
    }

    @Test
    void noTimeForRelationshipsAndNoRecognitionMakeTheRelationshipWorkInvisible() {
        Finding finding = detected(situation().agreement("Q13B", 2.0).agreement("Q08A", 2.3),
                "AP-INVISIBLE-RELATIONSHIP-WORK");

        assertThat(finding.asserted()).isTrue();
    }

    @Test
    void timeForRelationshipsIsEnoughToKeepThemVisible() {
        notDetected(situation().agreement("Q13B", 3.2).agreement("Q08A", 2.3), "AP-INVISIBLE-RELATIONSHIP-WORK");
    }

    // --- AP-HOME-ORGANISATION-WINS: dual loyalty never worked through ---------------------------------------------

    @Test
    void theHomeOrganisationWinningEveryClashWithDelegatesNotTeamMembersIsAsserted() {
        Finding finding = detected(situation().agreement("Q12D", 4.1).agreement("Q12C", 3.8),
                "AP-HOME-ORGANISATION-WINS");

        assertThat(evidence(finding)).containsExactly("Q12D agreement = 4.1 (>= 3.5; 10 answered)",
                "Q12C agreement = 3.8 (>= 3.5; 10 answered)");
        assertThat(finding.asserted()).isTrue();
    }

    @Test
    void theHomeOrganisationWinningAloneIsAQuestionToAskNotAVerdict() {
        Finding finding = detected(situation().agreement("Q12D", 4.1), "AP-HOME-ORGANISATION-WINS");

        assertThat(finding.asserted()).isFalse();
    }

    @Test
    void withoutTheDirectQuestionDelegatesWhoActAloneTellTheSameStory() {
        Finding finding = detected(situation().notAsked("Q12D").agreement("Q12C", 3.8).agreement("Q15C", 3.7),
                "AP-HOME-ORGANISATION-WINS");

        assertThat(finding.asserted()).isTrue();
    }

    @Test
    void partnersWhoseOrganisationsGiveWayToThePartnershipShowNoDualLoyaltyProblem() {
        notDetected(situation().agreement("Q12D", 2.9).agreement("Q12C", 3.8), "AP-HOME-ORGANISATION-WINS");
    }

    // --- AP-BETTER-ALONE ---------------------------------------------------------------------------------------------

    @Test
    void partnersWhoCouldDoItAloneAndSeeNoReturnAreBetterAlone() {
        Finding finding = detected(situation().agreement("Q15F", 3.9).agreement("Q07A", 2.2), "AP-BETTER-ALONE");

        assertThat(evidence(finding)).containsExactly("Q15F agreement = 3.9 (>= 3.5; 10 answered)",
                "Q07A agreement = 2.2 (<= 2.5; 10 answered)");
        assertThat(finding.asserted()).isTrue();
    }

    @Test
    void oneSectorThatWouldRatherGoItAloneCountsAsASignal() {
        Finding finding = detected(situation().agreement("Q15F", 3.0).sector("BUSINESS", "Q15F", 4.4, 5)
                .sector("NONPROFIT", "Q15F", 2.0, 5).agreement("Q14B", 3.8), "AP-BETTER-ALONE");

        assertThat(evidence(finding)).containsExactly(
                "Q15F agreement, SECTOR:BUSINESS vs SECTOR:NONPROFIT = 4.4 vs 2 (gap >= 1)",
                "Q14B agreement = 3.8 (>= 3.5; 10 answered)");
        assertThat(finding.asserted()).isTrue();
    }

    @Test
    void onTheShortFormAPoorReturnAloneOnlyRaisesTheQuestion() {
        Situation shortForm = situation().agreement("Q07A", 2.1).notAsked("Q15F").notAsked("Q14B");

        Finding finding = detected(shortForm, "AP-BETTER-ALONE");

        assertThat(finding.asserted()).isFalse();
    }

    @Test
    void partnersWhoNeedEachOtherAreNotBetterAlone() {
        notDetected(situation().agreement("Q15F", 2.0).agreement("Q07A", 3.9), "AP-BETTER-ALONE");
    }

    // --- AP-UNEQUAL-STAKES: ground-level organisations carry more risk than funders ------------------------------

    @Test
    void sectorsFarApartOnWhoCarriesTheRiskAndOnRecognitionAreUnequalStakes() {
        Finding finding = detected(situation().sector("FUNDER", "Q17E", 4.3, 4).sector("NONPROFIT", "Q17E", 2.1, 6)
                .sector("FUNDER", "Q08A", 4.4, 4).sector("NONPROFIT", "Q08A", 2.5, 6), "AP-UNEQUAL-STAKES");

        assertThat(evidence(finding)).containsExactly(
                "Q17E agreement, SECTOR:FUNDER vs SECTOR:NONPROFIT = 4.3 vs 2.1 (gap >= 1)",
                "Q08A agreement, SECTOR:FUNDER vs SECTOR:NONPROFIT = 4.4 vs 2.5 (gap >= 1)");
        assertThat(finding.asserted()).isTrue();
    }

    @Test
    void twoContentedSectorsAtDifferentHeightsAreNotAGrievance() {
        notDetected(situation().sector("GOVERNMENT", "Q08A", 4.75, 4).sector("NONPROFIT", "Q08A", 3.63, 8),
                "AP-UNEQUAL-STAKES");
    }

    @Test
    void risksThatEveryoneSeesAsFairlySharedAreNotUnequalStakes() {
        notDetected(situation().agreement("Q17E", 3.9).sector("FUNDER", "Q17E", 4.1, 4)
                .sector("NONPROFIT", "Q17E", 3.7, 6), "AP-UNEQUAL-STAKES");
    }

    // --- AP-OWN-PAST-ONLY: self-assessment without comparative data -----------------------------------------------

    @Test
    void noComparisonWithOtherApproachesConfirmedByPartnersIsMeasuringOnlyAgainstOurselves() {
        Finding finding = detected(situation().fact("comparedWithAlternatives12m", false).agreement("Q25D", 2.2),
                "AP-OWN-PAST-ONLY");

        assertThat(evidence(finding)).containsExactly("comparedWithAlternatives12m = false (expected true)",
                "Q25D agreement = 2.2 (<= 2.5; 10 answered)");
        assertThat(finding.asserted()).isTrue();
    }

    @Test
    void theRecordedFactAloneIsToVerify() {
        assertThat(detected(situation().fact("comparedWithAlternatives12m", false), "AP-OWN-PAST-ONLY").asserted())
                .isFalse();
    }

    @Test
    void aPartnershipThatComparesItselfWithOthersIsNotFlagged() {
        notDetected(situation().fact("comparedWithAlternatives12m", true).agreement("Q25D", 3.6), "AP-OWN-PAST-ONLY");
    }

    // --- General behaviour -----------------------------------------------------------------------------------------

    @Test
    void factsNobodyRecordedAndItemsNobodyAnsweredNeverTriggerAnAntiPattern() {
        Situation shortForm = situation();
        Situation.KB.questionnaire().items().stream()
                .filter(question -> !question.shortForm())
                .forEach(question -> shortForm.notAsked(question.id()));

        assertThat(evaluate(shortForm)).isEmpty();
    }

    @Test
    void severityStaysWithinTheAntiPatternsBaseAndGrowsWithTheEvidence() {
        double base = Situation.KB.antiPattern("AP-OVER-COORDINATION").baseSeverity();
        double mild = detected(situation().fact("meetingsPerMonth", 9).fact("coordinationSharePercent", 31)
                .agreement("Q18A", 2.5), "AP-OVER-COORDINATION").severity();
        double severe = detected(situation().fact("meetingsPerMonth", 20).fact("coordinationSharePercent", 70)
                .agreement("Q18A", 1.2).agreement("Q18C", 4.8), "AP-OVER-COORDINATION").severity();

        assertThat(mild).isGreaterThanOrEqualTo(base / 2).isLessThan(severe);
        assertThat(severe).isLessThanOrEqualTo(base);
        assertThat(List.of(mild, severe)).allMatch(severity -> severity > 0 && severity <= 1);
    }

    @Test
    void aFurtherSignalThatHoldsNeverLowersTheSeverity() {
        // a mild second signal used to pull an average down; combined as evidence, it can only add
        double strong = detected(situation().agreement("Q05B", 4.8).agreement("Q05A", 1.2),
                "AP-EXCLUDED-BECOME-OPPONENTS").severity();
        double strongAndMild = detected(situation().agreement("Q05B", 4.8).agreement("Q05A", 1.2)
                .agreement("Q05C", 2.5), "AP-EXCLUDED-BECOME-OPPONENTS").severity();

        assertThat(strongAndMild).isGreaterThanOrEqualTo(strong);
    }
}

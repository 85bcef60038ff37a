package org.partnershiphealth.assessment;

/**
 * Facts about the partnership that backbone staff record once per assessment round. Every field is optional
 * (null means "not recorded"); the meaning, unit and range of each is defined in the knowledge base's
 * {@code facts.yaml}, whose ids are exactly these component names.
 */
public record PartnershipFacts(
        FormationTrigger formationTrigger,
        Integer monthsRelationshipBeforeFunding,
        Integer partnerCount,
        Integer sectorCount,
        RelationshipModel relationshipModel,
        Double backboneFte,
        Integer partnershipAgeMonths,
        TargetPopulation targetPopulation,
        Boolean pledgeModel,
        Double turnoverPercentSinceLaunch,
        Integer monthsSinceLaunch,
        Double meetingsPerMonth,
        Double coordinationSharePercent,
        Integer metricsTracked,
        Integer metricsReviewedForLearning,
        Double inKindSharePercent,
        Double inKindUnusedPercent,
        Boolean publicStatementProtocol,
        Boolean decisionLogAccessible,
        Boolean targetPopulationInDesign,
        Boolean membersEngagedOnlyThroughAssociations,
        Boolean implementationSupportForFollowers,
        Integer touchesBeforeAsk,
        Boolean askIsNew,
        Double communicatingSharePercent,
        Integer planningHorizonMonths,
        Double sprintLengthMonths,
        Integer activePilots,
        Integer pilotsScaled24m,
        Integer reviewsHeld12m,
        Integer monthsSincePurposeRevisited,
        Double largestFunderSharePercent,
        Boolean comparedWithAlternatives12m) {

    /** The recorded facts by id (enum values as their codes); facts nobody recorded are absent. */
    public java.util.Map<String, Object> recorded() {
        java.util.Map<String, Object> recorded = new java.util.LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent component : PartnershipFacts.class.getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(this);
                if (value != null) {
                    recorded.put(component.getName(), value instanceof Enum<?> code ? code.name() : value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read fact " + component.getName(), e);
            }
        }
        return recorded;
    }

    /** No facts recorded: every rule that needs a fact stays silent. */
    public static PartnershipFacts none() {
        return new PartnershipFacts(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}

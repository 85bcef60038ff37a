package org.partnershiphealth.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerTest {

    @Test
    void reverseItemsAreFlippedSoThatHigherAlwaysMeansHealthier() {
        assertThat(Answer.of(5).scored(true)).isEqualTo(1);
        assertThat(Answer.of(2).scored(true)).isEqualTo(4);
        assertThat(Answer.of(3).scored(true)).isEqualTo(3);
        assertThat(Answer.of(4).scored(false)).isEqualTo(4);
    }

    @Test
    void dontKnowIsNeverScoredAsANeutralThree() {
        assertThat(Answer.dontKnow().isDontKnow()).isTrue();
        assertThatThrownBy(() -> Answer.dontKnow().scored(false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void valuesOutsideTheFivePointScaleAreRejected() {
        assertThatThrownBy(() -> Answer.of(7)).hasMessageContaining("between 1 and 5, not 7");
        assertThatThrownBy(() -> Answer.of(0)).hasMessageContaining("not 0");
    }

    @Test
    void respondentAnswersAreKeptInQuestionIdOrder() {
        var respondent = new Respondent("r1", new Profile(Sector.BUSINESS, Role.LEADERSHIP, Tenure.OVER_3_YEARS),
                java.util.Map.of("Q02A", Answer.of(4), "Q01A", Answer.dontKnow()), null);
        assertThat(respondent.answers().keySet()).containsExactly("Q01A", "Q02A");
        assertThat(respondent.openAnswers()).isEmpty();
    }
}

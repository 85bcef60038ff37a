package org.partnershiphealth.advisor.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershiphealth.assessment.Answer;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Answers are read as written: nothing off the scale is coerced onto it. */
class LikertTest {

    private static final Likert LIKERT = new Likert(KnowledgeBaseLoader.loadDefault().questionnaire());

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-5", "+3", "2,9", "2.9", "3.5", "0", "6", "-4 - Agree"})
    void aNumberOffTheScaleIsRefusedNotCoerced(String written) {
        assertThatThrownBy(() -> LIKERT.read(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + written + "\"");
    }

    @Test
    void wholeNumbersLabelsAndSurveyToolVariantsAreRead() {
        assertThat(LIKERT.read("4")).contains(Answer.of(4));
        assertThat(LIKERT.read("4.0")).contains(Answer.of(4));
        assertThat(LIKERT.read("4,0")).contains(Answer.of(4));
        assertThat(LIKERT.read("4 - Agree")).contains(Answer.of(4));
        assertThat(LIKERT.read("Strongly disagree")).contains(Answer.of(1));
        assertThat(LIKERT.read("Don't know")).contains(Answer.dontKnow());
        assertThat(LIKERT.read("  ")).isEmpty();
    }
}

package org.partnershiphealth.advisor.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershiphealth.advisor.cli.DiagnosisJson;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.assessment.Partnership;
import org.partnershiphealth.assessment.PartnershipFacts;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The same answers exported by every supported tool give byte-identical diagnoses. */
class CsvShapesDiagnosisTest {

    private static final Advisor ADVISOR = Advisor.withShippedRules();
    private static final SurveyReader READER = new SurveyReader(ADVISOR.knowledge());
    private static final SurveyHeader ROUND = new SurveyHeader(new Partnership("shapes", "Shapes"), "2026", null,
            PartnershipFacts.none());

    private static String diagnosis(String fixture) throws IOException {
        try (InputStream in = CsvShapesDiagnosisTest.class.getResourceAsStream("/csv/" + fixture)) {
            Intake intake = READER.read(fixture, in.readAllBytes(), IntakeOptions.strict(), ROUND);
            return DiagnosisJson.write(ADVISOR.diagnose(intake));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"google-forms.csv", "surveymonkey.csv", "qualtrics.csv", "microsoft-forms.csv",
            "microsoft-forms-semicolon.csv"})
    void everySurveyToolExportDiagnosesLikeTheNativeCsv(String fixture) throws IOException {
        assertThat(diagnosis(fixture)).isEqualTo(diagnosis("native.csv"));
    }
}

package org.partnershiphealth.advisor.intake;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.partnershiphealth.advisor.SurveyBuilder;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.disclosure.WithheldException;

/**
 * Fuzzing of the intake readers (native JSON, native YAML, every CSV layout, XLSX workbooks): whatever bytes arrive, reading
 * either succeeds or fails with the intake's own {@link IntakeException} (which names the file, row and field),
 * and a file that reads is diagnosed without any other exception than the anonymity policy's
 * {@link WithheldException}. Any other exception is a finding.
 *
 * <p>In the ordinary test run (regression mode) each target replays its seeds, the real exports and samples in
 * src/test/resources/.../IntakeFuzzTestInputs/, plus every finding saved there. CI fuzzes each target for a bounded
 * time (the {@code fuzz} profile, see the advisor pom); docs/security.md says how to run longer.
 */
class IntakeFuzzTest {

    private static final SurveyReader READER = new SurveyReader(SurveyBuilder.KB);
    private static final Advisor ADVISOR = Advisor.withShippedRules();

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void nativeJson(byte[] content) {
        readAndDiagnose("survey.json", content);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void nativeYaml(byte[] content) {
        readAndDiagnose("survey.yaml", content);
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void csvExports(byte[] content) {
        readAndDiagnose("export.csv", content);
    }

    /** Workbooks: zip containers of XML, where a damaged entry or an inflated one must still end as a problem. */
    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void xlsxExports(byte[] content) {
        readAndDiagnose("export.xlsx", content);
    }

    private static void readAndDiagnose(String fileName, byte[] content) {
        Intake intake;
        try {
            intake = READER.read(fileName, content, IntakeOptions.strict().skippingInvalid(true), null);
        } catch (IntakeException expected) {
            if (expected.problems().isEmpty()) {
                throw new AssertionError("an intake error must name at least one problem", expected);
            }
            return;
        }
        try {
            ADVISOR.diagnose(intake);
        } catch (WithheldException | IntakeException expected) {
            // too few respondents to publish, or nothing valid to diagnose: both are the documented answers
        }
    }
}

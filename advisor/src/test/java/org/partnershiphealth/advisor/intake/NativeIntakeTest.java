package org.partnershiphealth.advisor.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershiphealth.advisor.SurveyBuilder;
import org.partnershiphealth.assessment.Answer;
import org.partnershiphealth.assessment.QuestionnaireForm;
import org.partnershiphealth.assessment.Sector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershiphealth.advisor.SurveyBuilder.survey;

/** The native JSON/YAML format: what it accepts, and every kind of bad input named with its place. */
class NativeIntakeTest {

    private final SurveyReader reader = new SurveyReader(SurveyBuilder.KB);

    @TempDir
    Path folder;

    private Intake read(SurveyBuilder survey) {
        return reader.read(survey.writeTo(folder, "survey.json"), IntakeOptions.strict());
    }

    private List<String> problems(SurveyBuilder survey) {
        return problems(survey.writeTo(folder, "survey.json"), IntakeOptions.strict());
    }

    private List<String> problems(Path file, IntakeOptions options) {
        try {
            reader.read(file, options);
        } catch (IntakeException e) {
            return e.problems().stream().map(IntakeProblem::toString).toList();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void aValidSurveyIsReadWithItsFactsAndRespondents() {
        Intake intake = read(survey(1).fact("turnoverPercentSinceLaunch", 22).fact("formationTrigger", "SHARED_PROBLEM")
                .respondents(4, "BUSINESS", 4).respondents(3, "COMMUNITY", 3));

        assertThat(intake.layout()).isEqualTo("native JSON");
        assertThat(intake.input().respondents()).hasSize(7);
        assertThat(intake.input().facts().turnoverPercentSinceLaunch()).isEqualTo(22.0);
        assertThat(intake.input().respondents().get(6).profile().sector()).isEqualTo(Sector.COMMUNITY);
        assertThat(intake.input().form()).isEqualTo(QuestionnaireForm.FULL);
    }

    @Test
    void dontKnowIsKeptApartFromAMiddleAnswer() {
        Intake intake = read(survey(1).respondents(3, "BUSINESS", "LEADERSHIP", 4,
                answers -> answers.put("Q01A", "dont_know")));

        assertThat(intake.input().respondents().get(0).answers().get("Q01A")).isEqualTo(Answer.dontKnow());
    }

    @Test
    void onlyShortFormItemsMakeAShortFormSurvey() {
        SurveyBuilder survey = survey(1).respondents(3, "BUSINESS", "LEADERSHIP", 4,
                answers -> answers.keySet().removeIf(id -> !id.endsWith("A")));

        assertThat(read(survey).input().form()).isEqualTo(QuestionnaireForm.SHORT);
    }

    @Test
    void aYamlSurveyReadsLikeItsJson() throws Exception {
        SurveyBuilder survey = survey(4).respondents(3, "NONPROFIT", 3.5);
        Path yaml = folder.resolve("survey.yaml");
        Files.writeString(yaml, new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .writeValueAsString(new com.fasterxml.jackson.databind.ObjectMapper().readTree(survey.json())));

        Intake fromYaml = reader.read(yaml, IntakeOptions.strict());

        assertThat(fromYaml.layout()).isEqualTo("native YAML");
        assertThat(fromYaml.input()).isEqualTo(read(survey).input());
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsRespondentAndField() {
        SurveyBuilder survey = survey(2)
                .respondents(1, "BUSINESS", "LEADERSHIP", 4, answers -> answers.put("Q01A", 7))
                .respondents(1, "BUSINESS", "LEADERSHIP", 4, answers -> answers.put("Q99Z", 3))
                .respondents(1, "BUSINES", "LEADERSHIP", 4, null)
                .respondents(1, "NONPROFIT", "LEADERSHIP", 4, null);
        survey.rows().get(3).put("id", "r1");
        survey.rows().get(1).remove("tenure");

        assertThat(problems(survey)).containsExactlyInAnyOrder(
                "survey.json, row 1, column answers.Q01A: \"7\" is not on the 1-5 agreement scale (use 1-5, a scale"
                        + " label or \"Don't know\")",
                "survey.json, row 2, column answers.Q99Z: unknown question id Q99Z",
                "survey.json, row 2, column tenure: the time involved is missing (every respondent needs sector, role"
                        + " and time involved, so that groups can be compared)",
                "survey.json, row 3, column sector: \"BUSINES\" is not a sector (use one of BUSINESS, NONPROFIT,"
                        + " GOVERNMENT, FUNDER, ACADEMIC, COMMUNITY, or the option's wording)",
                "survey.json, row 4, column respondent id: duplicate respondent \"r1\" (also in row 1)");
    }

    @Test
    void aRespondentWhoAnsweredNothingIsNamed() {
        SurveyBuilder survey = survey(2).respondents(2, "BUSINESS", "LEADERSHIP", 4, null)
                .respondents(1, "BUSINESS", "LEADERSHIP", 4, Map::clear);

        assertThat(problems(survey)).containsExactly("survey.json, row 3: the respondent answered no question");
    }

    @Test
    void anEmptySurveyIsRefused() {
        assertThat(problems(survey(1))).containsExactly("survey.json: the survey has no respondents");
    }

    @Test
    void factsAreCheckedAgainstTheirDefinitions() {
        SurveyBuilder survey = survey(1).respondents(3, "BUSINESS", 4)
                .fact("turnoverPercentSinceLaunch", 140).fact("formationTrigger", "LOTTERY").fact("meetingsPerMonth", "lots")
                .fact("publicStatementProtocol", "yes").fact("turnoverPercent", 10).fact("partnerCount", 4.5);

        List<String> problems = problems(survey);
        assertThat(problems).hasSize(6).contains(
                "survey.json, field facts.turnoverPercentSinceLaunch: must be between 0 and 100 %, not 140 %",
                "survey.json, field facts.formationTrigger: \"LOTTERY\" is not one of SHARED_PROBLEM,"
                        + " FUNDING_OPPORTUNITY, MANDATE, OTHER",
                "survey.json, field facts.meetingsPerMonth: \"lots\" is not a number",
                "survey.json, field facts.publicStatementProtocol: \"yes\" is not true or false",
                "survey.json, field facts.partnerCount: 4.5 must be a whole number");
        assertThat(problems).anyMatch(p -> p.startsWith("survey.json, field facts.turnoverPercent: unknown fact"));
    }

    @Test
    void theRoundItselfMustBeNamed() {
        SurveyBuilder survey = survey(1).respondents(3, "BUSINESS", 4)
                .set("partnership", Map.of("id", "Has Spaces")).set("period", "").set("respondnets", List.of());

        assertThat(problems(survey)).containsExactlyInAnyOrder(
                "survey.json, field partnership.id: \"Has Spaces\" is not a valid id (lower-case letters, digits and"
                        + " hyphens)",
                "survey.json, field partnership.name: the partnership name is missing",
                "survey.json, field period: the period is missing (e.g. \"2026\" or \"2026-Q1\")",
                "survey.json, field respondnets: unknown field (expected one of facts, form, format, partnership,"
                        + " period, respondents)");
    }

    @Test
    void brokenJsonIsReportedWithItsLine() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.json"), "{\n  \"period\": \"2026\",\n  \"respondents\": [\n");

        assertThat(problems(file, IntakeOptions.strict())).singleElement().asString()
                .startsWith("broken.json: line 4, column 1: not valid JSON");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
        Path file = survey(1).respondents(30, "BUSINESS", 4).writeTo(folder, "big.json");

        assertThat(problems(file, IntakeOptions.strict().withMaxBytes(10_000))).singleElement().asString()
                .matches("big\\.json: the file is too large: \\d+\\.\\d MB \\(the limit is 0\\.0 MB\\)");
    }

    @Test
    void unsupportedAndMissingFilesAreNamed() throws Exception {
        Path text = Files.writeString(folder.resolve("answers.txt"), "hello");

        assertThat(problems(text, IntakeOptions.strict()))
                .containsExactly("answers.txt: unsupported file type (use .json, .yaml, .yml, .csv or .xlsx)");
        assertThat(problems(folder.resolve("nowhere.json"), IntakeOptions.strict()))
                .containsExactly("nowhere.json: the file does not exist");
    }

    @Test
    void skippingInvalidRespondentsKeepsTheRestAndSaysWhy() {
        SurveyBuilder survey = survey(3).respondents(4, "BUSINESS", 4)
                .respondents(1, "BUSINESS", "LEADERSHIP", 4, answers -> answers.put("Q02A", "Sometimes"));
        Path file = survey.writeTo(folder, "survey.json");

        Intake intake = reader.read(file, IntakeOptions.strict().skippingInvalid(true));

        assertThat(intake.input().respondents()).hasSize(4);
        assertThat(intake.skippedRespondents()).isEqualTo(1);
        assertThat(intake.skipped()).singleElement().asString().startsWith("survey.json, row 5, column answers.Q02A:");
    }

    @Test
    void skippingNeverHidesAProblemWithTheFileItself() {
        SurveyBuilder survey = survey(3).respondents(4, "BUSINESS", 4).fact("turnoverPercentSinceLaunch", -5);

        assertThat(problems(survey.writeTo(folder, "survey.json"), IntakeOptions.strict().skippingInvalid(true)))
                .containsExactly("survey.json, field facts.turnoverPercentSinceLaunch: must be between 0 and 100 %, not -5 %");
    }
}

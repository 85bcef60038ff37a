package org.partnershiphealth.advisor.intake.csv;

import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.intake.RawRespondent;

import java.util.List;

/**
 * A CSV survey export as read: the layout recognised ("native CSV", "Google Forms", "SurveyMonkey", "Qualtrics",
 * "Microsoft Forms"), one raw respondent per data row (rows numbered as a spreadsheet shows them, header rows
 * included), problems with the file or its header, and headers that matched nothing.
 */
public record CsvRows(String layout, List<RawRespondent> respondents, List<IntakeProblem> problems,
                      List<String> unmappedColumns) {

    public CsvRows {
        respondents = List.copyOf(respondents);
        problems = List.copyOf(problems);
        unmappedColumns = List.copyOf(unmappedColumns);
    }
}

package org.partnershiphealth.advisor.intake.csv;

import org.partnershiphealth.advisor.intake.ColumnReading;
import org.partnershiphealth.advisor.intake.IntakeProblem;
import org.partnershiphealth.advisor.intake.RawRespondent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A survey export as read: the layout recognised ("native CSV", "Google Forms", "SurveyMonkey (XLSX)"...), one raw
 * respondent per data row (rows numbered as a spreadsheet shows them, header rows included), problems with the
 * file or its header, headers that matched nothing, how every column was read, the questions some column holds,
 * rows that are no respondent (a preview, an unfinished response) by reason with their response ids (or row
 * digests), and notes on how coded answers were read.
 */
public record CsvRows(String layout, List<RawRespondent> respondents, List<IntakeProblem> problems,
                      List<String> unmappedColumns, List<ColumnReading> columns, Set<String> questionsInColumns,
                      Map<String, List<String>> leftOut, List<String> notes) {

    public CsvRows {
        respondents = List.copyOf(respondents);
        problems = List.copyOf(problems);
        unmappedColumns = List.copyOf(unmappedColumns);
        columns = List.copyOf(columns);
        questionsInColumns = Set.copyOf(questionsInColumns);
        leftOut = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
        notes = List.copyOf(notes);
    }

    static CsvRows failed(String layout, IntakeProblem problem) {
        return new CsvRows(layout, List.of(), List.of(problem), List.of(), List.of(), Set.of(), Map.of(), List.of());
    }

    CsvRows withLayout(String name) {
        return new CsvRows(name, respondents, problems, unmappedColumns, columns, questionsInColumns, leftOut, notes);
    }
}

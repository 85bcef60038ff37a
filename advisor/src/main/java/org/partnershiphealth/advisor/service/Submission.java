package org.partnershiphealth.advisor.service;

import java.util.Map;

/**
 * One respondent's answers as sent by the questionnaire page or another tool: profile codes or wording, answers
 * as 1-5 or "dont_know" by question id, optional comments by open question id.
 */
public record Submission(String sector, String role, String tenure, Map<String, Object> answers,
                         Map<String, String> comments) {
}

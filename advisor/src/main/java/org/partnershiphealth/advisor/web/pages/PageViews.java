package org.partnershiphealth.advisor.web.pages;

import org.partnershiphealth.advisor.store.StoredRound;
import org.partnershiphealth.knowledge.Question;

import java.util.List;

/** What the page templates show; public so the template engine may read them. */
public final class PageViews {

    private PageViews() {
    }

    /** A section of the questionnaire page: the items of one principle. */
    public record Part(String id, String title, String intro, List<Question> items) {
    }

    /** A round in a partnership's list, with its response count. */
    public record RoundRow(StoredRound round, int responses) {
    }

    /** A stakeholder group shown with its respondent count (only groups of at least k are ever listed). */
    public record GroupCount(String group, int respondents) {
    }
}

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

    /** A problem found when a draft is sent, as a link to the page and field it concerns. */
    public record Elsewhere(String href, String label, String message) implements java.io.Serializable {
    }

    /** A group's response rate: its published response count against the invitations that named it. */
    public record GroupRate(String group, int respondents, int invited) {
        public int percent() {
            return invited == 0 ? 0 : (int) Math.round(100.0 * respondents / invited);
        }
    }

    /** A round in a partnership's list, with its response count. */
    public record RoundRow(StoredRound round, int responses) {
    }

    /** A stakeholder group shown with its respondent count (only groups of at least k are ever listed). */
    public record GroupCount(String group, int respondents) {
    }
}

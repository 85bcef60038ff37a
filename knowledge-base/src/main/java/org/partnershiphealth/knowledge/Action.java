package org.partnershiphealth.knowledge;

import java.util.List;

/**
 * One concrete step a practice recommends. {@code appliesWhen} names the partnership contexts it needs (none: any
 * partnership); an action whose context does not hold is left out of the plan with the reason. {@code answers}
 * names the questions and anti-patterns the step responds to, so the plan can pick the steps that fit what was
 * found. {@code owner} is the role that drives the step. {@code notWhile} names anti-patterns the step would
 * work against (asking for more while the relationship bank is overdrawn, another meeting while partners drown in
 * coordination): while one of them is established, the step is left out.
 */
public record Action(String text, List<Context> appliesWhen, List<String> answers, Owner owner,
                     List<String> notWhile) {

    public Action {
        appliesWhen = Content.listOf(appliesWhen);
        answers = Content.listOf(answers);
        notWhile = Content.listOf(notWhile);
    }

    public static Action of(String text) {
        return new Action(text, List.of(), List.of(), Owner.BACKBONE_LEAD, List.of());
    }
}

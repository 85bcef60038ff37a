package org.partnershiphealth.rules;

import org.partnershiphealth.diagnosis.Finding;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The real rule base for tests, remembering every rule id that fired so the suite can prove each rule fires. */
final class Rules {

    static final RuleBook BOOK = RuleBook.load(Situation.KB, ThresholdsFile.defaults());
    static final Set<String> FIRED = ConcurrentHashMap.newKeySet();
    static final AtomicInteger EVALUATIONS = new AtomicInteger();

    private Rules() {
    }

    static List<Finding> evaluate(Situation situation) {
        return evaluate(BOOK, situation);
    }

    static List<Finding> evaluate(RuleBook book, Situation situation) {
        List<Finding> findings = book.evaluate(situation.input());
        findings.forEach(finding -> FIRED.add(finding.ruleId()));
        EVALUATIONS.incrementAndGet();
        return findings;
    }

    /** The single finding of a rule; fails if the rule did not fire or fired more than once. */
    static Finding the(List<Finding> findings, String ruleId) {
        List<Finding> matching = findings.stream().filter(finding -> finding.ruleId().equals(ruleId)).toList();
        assertThat(matching).as("findings of %s among %s", ruleId, ids(findings)).hasSize(1);
        return matching.get(0);
    }

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    static List<String> evidence(Finding finding) {
        return finding.evidence().stream().map(Object::toString).toList();
    }
}

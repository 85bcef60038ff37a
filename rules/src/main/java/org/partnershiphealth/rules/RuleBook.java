package org.partnershiphealth.rules;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.partnershiphealth.assessment.PartnershipFacts;
import org.partnershiphealth.diagnosis.Diagnosis;
import org.partnershiphealth.diagnosis.Finding;
import org.partnershiphealth.diagnosis.GroupDimension;
import org.partnershiphealth.diagnosis.GroupScore;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.KnowledgeBaseLoader;
import org.partnershiphealth.knowledge.Practice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rule base as one call: facts in, findings out. The KieBase is the executable model compiled at build time
 * by the kie-maven-plugin and is loaded once; each {@link #evaluate} runs in its own stateless session, so a
 * RuleBook is safe to share between threads. Findings come back in a fixed order whatever order the facts had.
 */
public final class RuleBook {

    static final String MODEL_INDEX = "META-INF/kie/org.partnershiphealth/rules/drools-model";

    private final KieBase kieBase;
    /**
     * Sessions are reset and reused rather than built per call: a fresh session rebuilt its node memories from
     * the KieBase's prototypes every time (8 % of an evaluation). The pool grows when all are lent out, and is shared
     * by the RuleBooks of one KieBase (thresholds are facts of each evaluation, not part of a session).
     */
    private final KieSessionsPool sessions;
    private final KnowledgeBase knowledge;
    private final Thresholds thresholds;
    private final Map<String, String> principleOfPractice;

    private RuleBook(KieBase kieBase, KieSessionsPool sessions, KnowledgeBase knowledge, Thresholds thresholds) {
        this.kieBase = kieBase;
        this.sessions = sessions;
        this.knowledge = knowledge;
        this.thresholds = thresholds;
        this.principleOfPractice = knowledge.practices().stream()
                .collect(Collectors.toUnmodifiableMap(Practice::id, Practice::principle));
    }

    /** The shipped rules, knowledge base and thresholds. */
    public static RuleBook load() {
        return load(KnowledgeBaseLoader.loadDefault(), ThresholdsFile.defaults());
    }

    public static RuleBook load(KnowledgeBase knowledge, Thresholds thresholds) {
        KieBase kieBase = compiledKieBase();
        return new RuleBook(kieBase, kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), knowledge,
                thresholds);
    }

    /**
     * Builds the KieBase straight from the executable-model classes the kie-maven-plugin generated, listed in its
     * index file. Going through KieServices' classpath container instead scans every jar on the classpath for
     * kmodule.xml files and was measured about 0.7 s slower to start the command line.
     */
    private static KieBase compiledKieBase() {
        ClassLoader loader = RuleBook.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream(MODEL_INDEX)) {
            if (index == null) {
                throw new IllegalStateException("The rules jar has no executable model (" + MODEL_INDEX
                        + "); build it with the kie-maven-plugin");
            }
            List<Model> models = new ArrayList<>();
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.contains(":")) {
                    models.add((Model) Class.forName(line.strip(), true, loader).getDeclaredConstructor().newInstance());
                }
            }
            return KieBaseBuilder.createKieBaseFromModel(models);
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("The executable rule model could not be loaded: " + e, e);
        }
    }

    /** The same rules with other thresholds; the compiled KieBase is shared. */
    public RuleBook withThresholds(Thresholds other) {
        return new RuleBook(kieBase, sessions, knowledge, other);
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** Findings for the partnership; anti-patterns whose context does not apply ({@link #notApplicable}) are left out. */
    public List<Finding> evaluate(RuleInput input) {
        Findings findings = new Findings(principleOfPractice, thresholds);
        StatelessKieSession session = sessions.newStatelessKieSession();
        session.setGlobal("findings", findings);
        session.execute(facts(input));
        List<String> skipped = notApplicable(input.partnership()).stream()
                .map(Diagnosis.NotApplicable::antiPatternId).toList();
        return findings.sorted().stream()
                .filter(finding -> finding.antiPatternId() == null || !skipped.contains(finding.antiPatternId()))
                .toList();
    }

    /**
     * The trend findings of a round against the partnership's earlier rounds: persisting anti-patterns, practices
     * that keep falling, and committed work reported done that did not move its practice. A second pass, since
     * it reads the round's own findings; none of the single-round rules match its facts.
     */
    public List<Finding> evaluateTrends(TrendInput input) {
        if (input.earlier().isEmpty()) {
            return List.of();
        }
        Findings findings = new Findings(principleOfPractice, thresholds);
        StatelessKieSession session = sessions.newStatelessKieSession();
        session.setGlobal("findings", findings);
        List<Object> facts = new ArrayList<>(Trends.facts(input));
        facts.add(thresholds);
        session.execute(facts);
        return findings.sorted();
    }

    /** The anti-pattern checks the partnership's recorded context rules out, with the reason for each. */
    public List<Diagnosis.NotApplicable> notApplicable(PartnershipFacts facts) {
        return Applicability.check(knowledge, facts);
    }

    /** The names of all rules, e.g. "PR11-GAP the team was never formally launched or relaunched". */
    public List<String> ruleNames() {
        return kieBase.getKiePackages().stream()
                .map(KiePackage::getRules)
                .flatMap(rules -> rules.stream().map(Rule::getName))
                .sorted()
                .toList();
    }

    private List<Object> facts(RuleInput input) {
        // Groups below the anonymity threshold never enter the session, whoever computed the scores.
        Map<GroupDimension, Map<String, List<GroupScore>>> shown =
                GroupContrast.shown(input.scores().groups(), thresholds.minGroupSize());
        List<Object> facts = new ArrayList<>();
        facts.add(thresholds);
        facts.add(input.partnership());
        facts.add(new Survey(input.scores().questions(), shown, input.respondentsBySector(), thresholds,
                input.commenters(), input.commentMentions()));
        facts.addAll(knowledge.practices());
        facts.addAll(knowledge.antiPatterns());
        facts.addAll(input.scores().practices());
        facts.addAll(input.scores().principles());
        shown.values().forEach(subjects -> subjects.forEach((subject, groups) -> {
            GroupContrast contrast = subject.startsWith("Q") ? null : GroupContrast.of(groups);
            if (contrast != null) {
                facts.add(contrast);
            }
        }));
        return facts;
    }

    /** A rule's id is its name up to the first space: "PR11-GAP ..." has the id PR11-GAP. */
    public static String ruleId(String ruleName) {
        int space = ruleName.indexOf(' ');
        return space < 0 ? ruleName : ruleName.substring(0, space);
    }
}

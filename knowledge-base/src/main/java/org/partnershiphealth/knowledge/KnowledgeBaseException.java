package org.partnershiphealth.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge base could not be loaded; lists every problem found, each naming its file and id. */
public final class KnowledgeBaseException extends RuntimeException {

    private final List<ContentProblem> problems;

    public KnowledgeBaseException(List<ContentProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(List<ContentProblem> problems) {
        return "The knowledge base has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":"
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }
}

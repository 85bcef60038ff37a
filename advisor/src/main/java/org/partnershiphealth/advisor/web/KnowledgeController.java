package org.partnershiphealth.advisor.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.knowledge.AntiPattern;
import org.partnershiphealth.knowledge.KnowledgeBase;
import org.partnershiphealth.knowledge.Practice;
import org.partnershiphealth.knowledge.Principle;
import org.partnershiphealth.knowledge.Questionnaire;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The knowledge base, read-only and public: principles, practices, anti-patterns, the questionnaire. */
@RestController
@RequestMapping("/api/knowledge")
@Tag(name = "Knowledge base")
class KnowledgeController {

    private final KnowledgeBase knowledge;

    KnowledgeController(Advisor advisor) {
        this.knowledge = advisor.knowledge();
    }

    @GetMapping("/principles")
    List<Principle> principles() {
        return knowledge.principles();
    }

    @GetMapping("/practices")
    List<Practice> practices() {
        return knowledge.practices();
    }

    @GetMapping("/practices/{id}")
    Practice practice(@PathVariable String id) {
        return knowledge.practices().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new org.partnershiphealth.advisor.service.NotFoundException("Practice " + id));
    }

    @GetMapping("/anti-patterns")
    List<AntiPattern> antiPatterns() {
        return knowledge.antiPatterns();
    }

    @GetMapping("/questionnaire")
    Questionnaire questionnaire() {
        return knowledge.questionnaire();
    }
}

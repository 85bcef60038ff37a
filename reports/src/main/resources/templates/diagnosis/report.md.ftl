<#import "../_md.ftl" as md>
# ${md.t(d.partnership.name)} — ${t.t("diagnosis.md.title", md.t(d.period))}
<#if notice?has_content>

> **${md.t(notice)}.** ${t.t("common.notice.nothingAnonymous")}
</#if>

**${t.t("diagnosis.md.healthIndex", md.idx(d.scores.healthIndex), t.band(d.scores.healthBand))}** · ${t.t("common.respondentCount", d.method.respondentsUsed)} · ${t.form(d.form)}
<#if d.method.respondentsSkipped gt 0>

*${t.t("diagnosis.md.skipped", d.method.respondentsSkipped)}*
</#if>

## ${t.t("diagnosis.summary.heading")}

<#list view.story().sentences() as sentence>
${md.t(sentence)}

</#list>
<#if d.sinceLastRound?has_content>
## ${t.t("diagnosis.since.heading", md.t(d.sinceLastRound?first.committedAfter))}

${md.t(t.t("diagnosis.since.intro"))}

<#list d.sinceLastRound as f>
- ${md.t(view.practiceTitle(f.practiceId))}<#if f.commitment != view.practiceTitle(f.practiceId)> — ${md.t(f.commitment)}</#if><#if f.owner??> (${md.t(f.owner)})</#if>; ${t.t("annual.loop.column.done")?lower_case} ${t.t("annual.loop.doneOf", f.done, f.accepted)}; <#if f.before??>${md.num(f.before)}<#else>–</#if> → <#if f.now??>${md.num(f.now)}<#else>–</#if>: ${t.outcome(f.outcome)}<#if f.done gt 0 && f.outcome != "IMPROVED" && f.outcome != "NOT_MEASURED"> — ${t.t("annual.loop.revisit")}</#if>
</#list>

</#if>
## ${t.t("diagnosis.strengths.heading")}

<#list view.strengths() as f>
- **${md.t(view.subject(f))}** (${t.t("diagnosis.md.strengths.mean", md.num(view.mean(f.practiceIds[0])))}): ${md.t(f.statement)}
<#else>
${t.t("diagnosis.strengths.none")}
</#list>

## ${t.t("common.principles.heading")}

| ${t.t("common.md.column.principle")} | ${t.t("common.md.column.mean")} | ${t.t("common.md.column.band")} |
|---|---|---|
<#list d.scores.principles as p>
| ${p.principleId} ${md.t(view.principleName(p.principleId))} | ${md.num(p.mean)} | ${t.band(p.band)} |
</#list>

## ${t.t("diagnosis.focus.heading")}

<#list d.focus as r>
${r?counter}. **${md.t(r.title)}** — ${md.t(r.reason)}
<#list r.actions as a>
   - ${md.t(a.text)}<#if view.stepMeta(a)?has_content> *(${md.t(view.stepMeta(a))})*</#if>
</#list>
   - *${t.t("diagnosis.focus.restsOnLabel")}* ${md.t(view.plain(r.evidence)?join(" "))}
<#if r.strengthToBuildOn??>
   - *${t.t("diagnosis.focus.buildOn")}* ${md.t(r.strengthToBuildOn)}
</#if>
<#else>
${t.t("diagnosis.focus.none")}
</#list>

## ${t.t("diagnosis.antiPatterns.heading")}

<#list view.antiPatterns() as f>
- **${md.t(view.name(f))}**: ${md.t(f.statement)}. ${md.t(view.plain(f.evidence)?join(" "))}<#if f.counterEvidence?has_content> ${t.t("diagnosis.againstIt")} ${md.t(view.plain(f.counterEvidence)?join(" "))}</#if> ${t.t("diagnosis.antiPatterns.remedies")} ${md.t(f.practiceIds?map(id -> view.practiceTitle(id))?join("; "))}.
<#else>
<#if view.toVerify()?has_content>${t.t("diagnosis.md.antiPatterns.toVerifyOnly")}<#elseif view.notAssessed()?has_content>${t.t("diagnosis.md.antiPatterns.noneDetected.checkable", view.assessable())}<#else>${t.t("diagnosis.md.antiPatterns.noneDetected")}</#if>
</#list>
<#if view.notAssessed()?has_content>

**${t.t("diagnosis.notAssessed.label")}** ${t.t("diagnosis.notAssessed.text", md.t(view.notAssessed()?join("; ")))}
</#if>
<#if view.toVerify()?has_content>

### ${t.t("diagnosis.toVerify.heading")}

${t.t("diagnosis.md.toVerify.intro", d.method.anonymityThreshold)}

<#list view.toVerify() as f>
- **${md.t(view.name(f))}**. ${t.t("diagnosis.toVerify.seen")} ${md.t(view.plain(f.evidence)?join(" "))}<#if f.counterEvidence?has_content> ${t.t("diagnosis.againstIt")} ${md.t(view.plain(f.counterEvidence)?join(" "))}</#if> *${t.t("diagnosis.toVerify.ask")}* ${md.t(view.verifyQuestion(f))}
</#list>
</#if>

<#if view.trends()?has_content>
## ${t.t("diagnosis.trends.heading")}

${t.t("diagnosis.trends.intro")}

<#list view.trends() as f>
- **${md.t(view.name(f))}**: ${md.t(f.statement?cap_first)}. ${md.t(view.plain(f.evidence)?join(" "))}
</#list>

</#if>
## ${t.t("diagnosis.gaps.heading")}

<#list view.gaps() as f>
- **${md.t(view.subject(f))}**: ${md.t(view.plain(f.evidence)?join(" "))}
<#else>
${t.t("diagnosis.md.gaps.none", md.num(bands.concern))}
</#list>

## ${t.t("diagnosis.divergence.heading")}

<#if view.groupsNote()?has_content>
${md.t(view.groupsNote())}

</#if>
<#list view.divergences() as f>
- **${md.t(view.subject(f))}**: ${md.t(view.groupsOf(f))} — ${md.t(view.plain(f.evidence)?join(" "))}
<#else>
<#if view.groupCounts()?has_content>${t.t("diagnosis.divergence.none")}</#if>
</#list>

## ${t.t("diagnosis.divided.heading")}

<#list view.dividedViews() as f>
- **${md.t(view.subject(f))}**: ${md.t(view.plain(f.evidence)?join(" "))}
<#else>
${t.t("diagnosis.divided.none")}
</#list>
<#if d.comments?has_content || view.commentsNote()?has_content>

## ${t.t("diagnosis.comments.heading")}
<#if view.commentsNote()?has_content>

${md.t(view.commentsNote())}
</#if>

<#list d.comments as c>
**${md.t(c.question)}**

<#list c.answers as a>
> ${md.t(a)}

</#list>
</#list>
</#if>

## ${t.t("diagnosis.notNow.heading")}

<#list d.notNow as r>
- **${md.t(r.title)}** — ${md.t(r.reason)}
<#else>
${t.t("diagnosis.notNow.none")}
</#list>

## ${t.t("diagnosis.md.method.heading")}

- ${t.t("diagnosis.md.method.respondents", d.method.respondentsUsed, d.method.respondentsSkipped)}
<#list d.method.skippedReasons as reason>
  - ${md.t(reason)}
</#list>
<#if d.method.rowsLeftOut?has_content>
- ${t.t("diagnosis.method.rowsLeftOut", d.method.rowsLeftOut?map(row -> md.t(row))?join("; "))}
</#if>
- ${t.t("diagnosis.md.method.bands", md.num(bands.strength), md.num(bands.concern))}
<#if d.selfAssessment()>
- ${t.t("diagnosis.method.selfAssessment", md.t(view.selfAssessmentNotice()), d.method.anonymityThreshold)}
<#else>
- ${t.t("diagnosis.md.method.anonymity", d.method.anonymityThreshold, d.disclosure.commentThreshold)}
</#if>
<#if view.withheldScoresNote()?has_content>
- ${md.t(view.withheldScoresNote())}
</#if>
<#list view.notApplicable() as line>
- ${t.t("diagnosis.md.method.notApplicable", md.t(line))}
</#list>
<#list view.actionsLeftOut() as line>
- ${t.t("diagnosis.md.method.actionLeftOut", md.t(line))}
</#list>
- ${t.t("diagnosis.md.method.groupsShown")} <#list view.groupCounts() as g>${g.dimension} ${g.group} (${g.respondents})<#sep>, <#else>${t.t("diagnosis.md.method.groupsShown.none")}</#list><#if view.groupsNote()?has_content>. ${md.t(view.groupsNote())}</#if>
- ${t.t("diagnosis.md.method.knowledgeBase", d.method.knowledgeBaseVersion, d.method.rulesFired?join(", "))}

## ${t.t("diagnosis.appendix.heading")}

<#list d.focus as r>
- ${t.t("diagnosis.md.appendix.focus", r?counter, r.practiceId, md.t(r.title))}: ${t.t("diagnosis.md.appendix.priority", md.num(r.priority), t.recommendationKind(r.kind), r.basedOn?join(", "))}
</#list>
<#list view.detailed() as f>
- ${f.ruleId} (${t.assertion(f.assertion)}, ${t.t("diagnosis.appendix.severity", md.num(f.severity))}): ${md.ev(f.evidence)}<#if f.counterEvidence?has_content>; ${t.t("diagnosis.md.appendix.againstIt")} ${md.ev(f.counterEvidence)}</#if>
</#list>
<#list d.notNow as r>
- ${t.t("diagnosis.md.appendix.notNow", r.practiceId, md.num(r.priority))}
</#list>

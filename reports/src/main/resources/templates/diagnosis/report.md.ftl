<#import "../_md.ftl" as md>
# ${md.t(d.partnership.name)} — partnership health, ${md.t(d.period)}
<#if notice?has_content>

> **${md.t(notice)}.** Nothing here is anonymous or stands for the partnership as a whole.
</#if>

**Health index ${md.idx(d.scores.healthIndex)} / 100 (${d.scores.healthBand?lower_case})** · ${d.method.respondentsUsed} respondent<#if d.method.respondentsUsed != 1>s</#if> · ${d.form?lower_case} form
<#if d.method.respondentsSkipped gt 0>

*${d.method.respondentsSkipped} respondents were skipped because of problems in the input; see the method section.*
</#if>

## In short

<#list view.story().sentences() as sentence>
${md.t(sentence)}

</#list>
## Strengths to build on

<#list view.strengths() as f>
- **${md.t(view.subject(f))}** (mean ${md.num(view.mean(f.practiceIds[0]))}): ${md.t(f.statement)}
<#else>
No practice reaches the strength band yet.
</#list>

## The six principles

| principle | mean | band |
|---|---|---|
<#list d.scores.principles as p>
| ${p.principleId} ${md.t(view.principleName(p.principleId))} | ${md.num(p.mean)} | ${p.band?lower_case} |
</#list>

## Focus for the next 90 days

<#list d.focus as r>
${r?counter}. **${md.t(r.title)}** — ${md.t(r.reason)}
<#list r.actions as a>
   - ${md.t(a.text)}<#if view.stepMeta(a)?has_content> *(${md.t(view.stepMeta(a))})*</#if>
</#list>
   - *What this rests on:* ${md.t(view.plain(r.evidence)?join(" "))}
<#if r.strengthToBuildOn??>
   - *Build on:* ${md.t(r.strengthToBuildOn)}
</#if>
<#else>
Nothing to focus on: no finding calls for action.
</#list>

## Anti-patterns

<#list view.antiPatterns() as f>
- **${md.t(view.name(f))}**: ${md.t(f.statement)}. ${md.t(view.plain(f.evidence)?join(" "))}<#if f.counterEvidence?has_content> Against it: ${md.t(view.plain(f.counterEvidence)?join(" "))}</#if> Remedies: ${md.t(f.practiceIds?map(id -> view.practiceTitle(id))?join("; "))}.
<#else>
<#if view.toVerify()?has_content>None is established by the evidence; the signs below are worth a question.<#elseif view.notAssessed()?has_content>None of the ${view.assessable()} patterns this survey could check was detected.<#else>None detected.</#if>
</#list>
<#if view.notAssessed()?has_content>

**Not assessed:** ${md.t(view.notAssessed()?join("; "))}. The statements they rest on were not asked in this form or too few people answered them, so this report cannot say whether they are present.
</#if>
<#if view.toVerify()?has_content>

### To verify before acting

A pattern is asserted only when respondents (at least ${d.method.anonymityThreshold} of them) and a second, independent signal point to it. These rest on thinner evidence, so they do not shape the plan: ask the question first.

<#list view.toVerify() as f>
- **${md.t(view.name(f))}**. Seen: ${md.t(view.plain(f.evidence)?join(" "))}<#if f.counterEvidence?has_content> Against it: ${md.t(view.plain(f.counterEvidence)?join(" "))}</#if> *Ask:* ${md.t(view.verifyQuestion(f))}
</#list>
</#if>

## Weak practices and principles

<#list view.gaps() as f>
- **${md.t(view.subject(f))}**: ${md.t(view.plain(f.evidence)?join(" "))}
<#else>
None below ${md.num(bands.concern)}.
</#list>

## Where stakeholder groups see things differently

<#if view.groupsNote()?has_content>
${md.t(view.groupsNote())}

</#if>
<#list view.divergences() as f>
- **${md.t(view.subject(f))}**: ${md.t(view.groupsOf(f))} — ${md.t(view.plain(f.evidence)?join(" "))}
<#else>
<#if view.groupCounts()?has_content>None of the groups shown is a full point apart from another.</#if>
</#list>

## Divided views

<#list view.dividedViews() as f>
- **${md.t(view.subject(f))}**: ${md.t(view.plain(f.evidence)?join(" "))}
<#else>
No practice splits respondents.
</#list>
<#if d.comments?has_content || view.commentsNote()?has_content>

## In partners' own words
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

## Not now

<#list d.notNow as r>
- **${md.t(r.title)}** — ${md.t(r.reason)}
<#else>
Nothing was left out.
</#list>

## Method

- Respondents used: ${d.method.respondentsUsed}; skipped: ${d.method.respondentsSkipped}
<#list d.method.skippedReasons as reason>
  - ${md.t(reason)}
</#list>
<#if d.method.rowsLeftOut?has_content>
- Rows of the export that were no respondent, left out: <#list d.method.rowsLeftOut as row>${md.t(row)}<#sep>; </#list>.
</#if>
- Bands: strength ${md.num(bands.strength)}+, concern below ${md.num(bands.concern)}.
<#if d.selfAssessment()>
- ${md.t(view.selfAssessmentNotice())}: published on request although fewer than ${d.method.anonymityThreshold} people answered, so it is not broken down by group and is not anonymous.
<#else>
- Anonymity: results are published only for rounds of at least ${d.method.anonymityThreshold} respondents, and every figure here, alone or combined with any other (including earlier versions of these results), covers at least ${d.method.anonymityThreshold} people. Sectors and roles are shown only in combinations that keep it so; comments appear only from ${d.disclosure.commentThreshold} respondents on.
</#if>
<#if view.withheldScoresNote()?has_content>
- ${md.t(view.withheldScoresNote())}
</#if>
<#list view.notApplicable() as line>
- Not applicable here: ${md.t(line)}
</#list>
<#list view.actionsLeftOut() as line>
- Step left out of the plan: ${md.t(line)}
</#list>
- Groups shown: <#list view.groupCounts() as g>${g.dimension} ${g.group} (${g.respondents})<#sep>, <#else>none</#list><#if view.groupsNote()?has_content>. ${md.t(view.groupsNote())}</#if>
- Knowledge base ${d.method.knowledgeBaseVersion}; rules that fired: ${d.method.rulesFired?join(", ")}

## Appendix: the figures behind each finding

<#list d.focus as r>
- Focus ${r?counter}, ${r.practiceId} ${md.t(r.title)}: priority ${md.num(r.priority)} (${r.kind?lower_case}); based on ${r.basedOn?join(", ")}
</#list>
<#list view.detailed() as f>
- ${f.ruleId} (${f.assertion?lower_case?replace("_", " ")}, severity ${md.num(f.severity)}): ${md.ev(f.evidence)}<#if f.counterEvidence?has_content>; against it: ${md.ev(f.counterEvidence)}</#if>
</#list>
<#list d.notNow as r>
- Not now, ${r.practiceId}: priority ${md.num(r.priority)}
</#list>

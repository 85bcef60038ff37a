<#import "../_md.ftl" as md>
# ${md.t(d.partnership.name)} — partnership health, ${md.t(d.period)}

**Health index ${md.idx(d.scores.healthIndex)} / 100 (${d.scores.healthBand?lower_case})** · ${d.method.respondentsUsed} respondents · ${d.form?lower_case} form
<#if d.method.respondentsSkipped gt 0>

*${d.method.respondentsSkipped} respondents were skipped because of problems in the input; see the method section.*
</#if>

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
${r?counter}. **${r.practiceId} ${md.t(r.title)}** (${r.kind?lower_case}, priority ${md.num(r.priority)}) — ${md.t(r.reason)}
<#list r.actions as a>
   - ${md.t(a)}
</#list>
   - *Based on:* ${r.basedOn?join(", ")}; ${md.ev(r.evidence)}
<#if r.strengthToBuildOn??>
   - *Build on:* ${md.t(r.strengthToBuildOn)}
</#if>
   - *Owner:* ______ *Start by:* ______ *Check on:* ______
<#else>
Nothing to focus on: no finding calls for action.
</#list>

## Anti-patterns

<#list view.antiPatterns() as f>
- **${md.t(view.subject(f))}** (severity ${md.num(f.severity)}): ${md.t(f.statement)}. Evidence: ${md.ev(f.evidence)}. Remedies: ${f.practiceIds?join(", ")}.
<#else>
None detected.
</#list>

## Weak practices and principles

<#list view.gaps() as f>
- **${md.t(view.subject(f))}** (severity ${md.num(f.severity)}): ${md.ev(f.evidence)}
<#else>
None below ${md.num(bands.concern)}.
</#list>

## Where stakeholder groups see things differently

<#list view.divergences() as f>
- **${md.t(view.subject(f))}**: ${f.groups?join(" vs ")} — ${md.ev(f.evidence)}
<#else>
No two groups of at least ${d.method.anonymityThreshold} respondents are a full point apart.
</#list>

## Divided views

<#list view.dividedViews() as f>
- **${md.t(view.subject(f))}**: ${md.ev(f.evidence)}
<#else>
No practice splits respondents.
</#list>
<#if d.comments?has_content>

## In partners' own words

<#list d.comments as c>
**${md.t(c.question)}**

<#list c.answers as a>
> ${md.t(a)}

</#list>
</#list>
</#if>

## Not now

<#list d.notNow as r>
- **${r.practiceId} ${md.t(r.title)}** — ${md.t(r.reason)}
<#else>
Nothing was left out.
</#list>

## Method

- Respondents used: ${d.method.respondentsUsed}; skipped: ${d.method.respondentsSkipped}
<#list d.method.skippedReasons as reason>
  - ${md.t(reason)}
</#list>
- Bands: strength ${md.num(bands.strength)}+, concern below ${md.num(bands.concern)}; stakeholder groups shown only with at least ${d.method.anonymityThreshold} respondents.
- Groups shown: <#list view.groupCounts() as g>${g.dimension} ${g.group} (${g.respondents})<#sep>, <#else>none</#list>
- Knowledge base ${d.method.knowledgeBaseVersion}; rules that fired: ${d.method.rulesFired?join(", ")}

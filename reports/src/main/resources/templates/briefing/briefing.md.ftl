<#import "../_md.ftl" as md>
# ${md.t(d.partnership.name)} · ${md.t(d.period)} · executive briefing
<#if notice?has_content>

> **${md.t(notice)}.**
</#if>

Partnership health **${md.idx(d.scores.healthIndex)} out of 100 (${d.scores.healthBand?lower_case})**, from ${d.method.respondentsUsed} respondent<#if d.method.respondentsUsed != 1>s</#if> (${d.form?lower_case} form).

## In three sentences

<#list view.story().forBoard() as sentence>
${md.t(sentence)}

</#list>
## The next 90 days

<#list d.focus as r>
**${md.t(r.title)}**

<#list r.actions as a>
- ${md.t(a.text)}<#if view.stepMeta(a)?has_content> *(${md.t(view.stepMeta(a))})*</#if>
</#list>

<#else>
Nothing calls for action: keep doing what works.

</#list>
## The six principles

| principle | mean | band |
|---|---|---|
<#list d.scores.principles as p>
| ${md.t(view.principleName(p.principleId))} | ${md.num(p.mean)} | ${p.band?lower_case} |
</#list>
<#if view.story().toVerify?has_content>

${md.t(view.story().toVerify)}
</#if>

${md.t(view.story().confidence)}

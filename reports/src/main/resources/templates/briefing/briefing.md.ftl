<#import "../_md.ftl" as md>
# ${md.t(d.partnership.name)} · ${md.t(d.period)} · ${t.t("briefing.md.title")}
<#if notice?has_content>

> **${md.t(notice)}.**
</#if>

${t.t("briefing.lead.health")} **${md.idx(d.scores.healthIndex)} ${t.t("common.outOf100")} (${t.band(d.scores.healthBand)})**, ${t.t("common.fromRespondents", d.method.respondentsUsed, t.form(d.form))}

## ${t.t("briefing.story.heading")}

<#list view.story().forBoard() as sentence>
${md.t(sentence)}

</#list>
## ${t.t("briefing.plan.heading")}

<#list d.focus as r>
**${md.t(r.title)}**

<#list r.actions as a>
- ${md.t(a.text)}<#if view.stepMeta(a)?has_content> *(${md.t(view.stepMeta(a))})*</#if>
</#list>

<#else>
${t.t("briefing.plan.none")}

</#list>
## ${t.t("common.principles.heading")}

| ${t.t("common.md.column.principle")} | ${t.t("common.md.column.mean")} | ${t.t("common.md.column.band")} |
|---|---|---|
<#list d.scores.principles as p>
| ${md.t(view.principleName(p.principleId))} | ${md.num(p.mean)} | ${t.band(p.band)} |
</#list>
<#if view.story().toVerify?has_content>

${md.t(view.story().toVerify)}
</#if>

${md.t(view.story().confidence)}

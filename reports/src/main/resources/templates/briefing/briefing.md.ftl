<#import "../_md.ftl" as md>
# ${md.t(d.partnership.name)} · ${md.t(d.period)} · executive briefing
<#if notice?has_content>

> **${md.t(notice)}.**
</#if>

- **Health:** ${md.idx(d.scores.healthIndex)}/100 (${d.scores.healthBand?lower_case}), ${d.method.respondentsUsed} respondent<#if d.method.respondentsUsed != 1>s</#if>
- **Principles:** <#list d.scores.principles as p>${p.principleId} ${md.num(p.mean)}<#sep> · </#list>
- **Focus for 90 days:** <#list d.focus as r>${r.practiceId} ${md.t(r.title)}<#sep>; <#else>nothing to fix</#list>
- **Strengths:** <#list view.strengths() as f><#if f?index lt 5>${md.t(view.subject(f))}<#if f?has_next && f?index lt 4>; </#if></#if><#else>none yet</#list>
- **Failure patterns:** <#list view.antiPatterns() as f>${md.t(kb.antiPattern(f.antiPatternId).name)} (${md.num(f.severity)})<#sep>; <#else>none established<#if view.toVerify()?has_content>; ${view.toVerify()?size} to verify</#if></#list><#if view.notAssessed()?has_content> (${view.notAssessed()?size} not assessed on this survey)</#if>

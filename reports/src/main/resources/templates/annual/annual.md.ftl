<#import "../_md.ftl" as md>
# ${md.t(c.partnership.name)} — ${t.t("annual.md.title", md.t(c.periods?join(", ")))}
<#if leftOut?has_content>

${t.t("annual.leftOut", md.t(leftOut?join(", ")), leftOut?size, d.method.anonymityThreshold)}
</#if>

## ${t.t("annual.story.heading")}

**${t.t("annual.story.start")}.** ${md.t(c.narrative.start)}

**${t.t("annual.story.obstacles")}.** ${md.t(c.narrative.obstacles)}

**${t.t("annual.story.change")}.** ${md.t(c.narrative.change)}

**${t.t("annual.story.next")}.** ${md.t(c.narrative.next)}

## ${t.t("annual.health.heading")}

| ${t.t("annual.md.column.period")} | ${t.t("annual.md.column.healthIndex")} | ${t.t("common.md.column.band")} | ${t.t("annual.md.column.respondents")} |
|---|---|---|---|
<#list c.health as h>
| ${md.t(h.period)} | ${md.idx(h.healthIndex)} | ${t.band(h.band)} | ${h.respondents} |
</#list>

## ${t.t("annual.principles.heading")}

| ${t.t("common.md.column.principle")} | <#list c.periods as p>${md.t(p)} | </#list>${t.t("annual.md.column.change")} | ${t.t("annual.md.column.direction")} |
|---|<#list c.periods as p>---|</#list>---|---|
<#list c.principles as trend>
| ${trend.principleId} ${md.t(trend.name)} | <#list trend.means as v><#if v??>${md.num(v)}<#else>–</#if> | </#list>${trend.change?string["+0.00;-0.00"]} | ${t.direction(trend.direction)} |
</#list>

## ${t.t("annual.moved.heading")}

${md.t(c.noiseRule)}

<#list c.practices?filter(p -> p.beyondNoise) as p>
- ${p.practiceId} ${md.t(p.title)}: ${md.num(p.before)} → ${md.num(p.after)} (${p.change?string["+0.00;-0.00"]})
<#else>
${t.t("annual.md.moved.none")}
</#list>

## ${t.t("annual.md.antiPatterns.heading")}

<#list c.antiPatterns as a>
- ${a.antiPatternId} ${md.t(a.name)}: ${t.status(a.status)}
<#else>
${t.t("annual.md.antiPatterns.none")}
</#list>

## ${t.t("annual.previousFocus.heading")}

<#list c.previousFocus as f>
- ${f.practiceId} ${md.t(f.title)}: ${t.outcome(f.outcome)} — ${md.t(f.note)}
<#else>
${t.t("annual.previousFocus.none")}
</#list>

<#if loop?has_content>
## ${t.t("annual.loop.heading")}

${md.t(t.t("annual.loop.intro"))}

<#list loop as r>
- ${md.t(r.period())}: ${md.t(r.title())}<#if r.commitment() != r.title()> — ${md.t(r.commitment())}</#if><#if r.owner()??> (${md.t(r.owner())})</#if>; ${t.t("annual.loop.column.done")?lower_case} ${t.t("annual.loop.doneOf", r.done(), r.accepted())}<#if r.seen()??> (${t.t("annual.loop.seen", r.seen().yes(), r.seen().partly(), r.seen().no())})</#if><#if r.judged()>; <#if r.before()??>${md.num(r.before())}<#else>–</#if> → <#if r.after()??>${md.num(r.after())}<#else>–</#if> (${md.t(r.nextPeriod())}): ${t.outcome(r.outcome())}<#if r.done() gt 0 && r.outcome() != "IMPROVED" && r.outcome() != "NOT_MEASURED"> — ${t.t("annual.loop.revisit")}</#if><#else>; ${t.t("annual.loop.pending")}</#if>
</#list>

</#if>
## ${t.t("annual.currentFocus.heading", md.t(d.period))}

<#list d.focus as r>
${r?counter}. ${r.practiceId} ${md.t(r.title)}
<#else>
${t.t("annual.currentFocus.none")}
</#list>

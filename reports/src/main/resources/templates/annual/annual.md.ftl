<#import "../_md.ftl" as md>
# ${md.t(c.partnership.name)} — annual health report ${md.t(c.periods?join(", "))}
<#if leftOut?has_content>

Left out: ${md.t(leftOut?join(", "))}. Too few people answered <#if leftOut?size gt 1>those rounds<#else>that round</#if> for any result to be published without exposing someone's answers (at least ${d.method.anonymityThreshold} are needed).
</#if>

## The year in brief

**Where we started.** ${md.t(c.narrative.start)}

**What stood in the way.** ${md.t(c.narrative.obstacles)}

**What changed.** ${md.t(c.narrative.change)}

**What comes next.** ${md.t(c.narrative.next)}

## Health index by round

| period | health index | band | respondents |
|---|---|---|---|
<#list c.health as h>
| ${md.t(h.period)} | ${md.idx(h.healthIndex)} | ${h.band?lower_case} | ${h.respondents} |
</#list>

## Principles over time

| principle | <#list c.periods as p>${md.t(p)} | </#list>change | direction |
|---|<#list c.periods as p>---|</#list>---|---|
<#list c.principles as t>
| ${t.principleId} ${md.t(t.name)} | <#list t.means as v><#if v??>${md.num(v)}<#else>–</#if> | </#list>${t.change?string["+0.00;-0.00"]} | <#if t.direction == "UP">up, beyond noise<#elseif t.direction == "DOWN">down, beyond noise<#else>within noise</#if> |
</#list>

## Practices that moved

${md.t(c.noiseRule)}

<#list c.practices?filter(p -> p.beyondNoise) as p>
- ${p.practiceId} ${md.t(p.title)}: ${md.num(p.before)} → ${md.num(p.after)} (${p.change?string["+0.00;-0.00"]})
<#else>
No practice moved beyond noise.
</#list>

## Anti-patterns

<#list c.antiPatterns as a>
- ${a.antiPatternId} ${md.t(a.name)}: ${a.status?lower_case}
<#else>
None in either of the last two rounds.
</#list>

## Last round's focus and what happened

<#list c.previousFocus as f>
- ${f.practiceId} ${md.t(f.title)}: ${f.outcome?lower_case?replace("_", " ")} — ${md.t(f.note)}
<#else>
The previous round had no focus items.
</#list>

## Focus for the next 90 days (${md.t(d.period)})

<#list d.focus as r>
${r?counter}. ${r.practiceId} ${md.t(r.title)}
<#else>
Nothing to focus on.
</#list>

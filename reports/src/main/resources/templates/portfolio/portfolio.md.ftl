<#import "../_md.ftl" as md>
# ${t.t("portfolio.title", md.t(organisation))}

<#if !p.enough()>
${t.t("portfolio.tooFew", p.minimum(), p.size())}
<#else>
${t.t("portfolio.intro.partnerships", p.size(), md.t(p.periods()?join(", ")))} ${t.t("portfolio.intro.published")}

${t.t("portfolio.intro.context")}

## ${t.t("portfolio.md.spread.heading")}

| ${t.t("portfolio.md.column.measure")} | ${t.t("portfolio.md.column.partnerships")} | ${t.t("portfolio.md.column.lowest")} | ${t.t("portfolio.md.column.middleHalf")} | ${t.t("portfolio.md.column.median")} | ${t.t("portfolio.md.column.highest")} |
|---|---|---|---|---|---|
<#list p.measures() as m>
<#if m.shown()>
<#assign d = m.distribution>
| ${md.t(view.label(m))} | ${d.n} | ${m.scale.format(d.min)} | ${m.scale.format(d.lowerQuartile)}–${m.scale.format(d.upperQuartile)} | ${m.scale.format(d.median)} | ${m.scale.format(d.max)} |
<#else>
| ${md.t(view.label(m))} | ${m.n} | – | – | – | – |
</#if>
</#list>
<#list view.principles()?filter(panel -> !panel.shown()) as panel>

${md.t(panel.heading)}: ${md.t(panel.caption)}
</#list>

## ${t.t("portfolio.antiPatterns.heading")}

<#if p.commonAntiPatterns()?has_content>
| ${t.t("portfolio.md.column.antiPattern")} | ${t.t("portfolio.md.column.partnerships")} | ${t.t("portfolio.md.column.share")} |
|---|---|---|
<#list p.commonAntiPatterns() as a>
| ${md.t(a.name)} | ${a.partnerships} | ${(a.share * 100)?round}% |
</#list>
<#else>
${t.t("portfolio.antiPatterns.none")}
</#if>

## ${t.t("portfolio.partnerships.heading")}

${t.t("portfolio.partnerships.intro")}

<#list view.rows() as row>
- **${md.t(row.name)}** (${md.t(row.period)}): ${md.t(row.health)}<#if row.principles?has_content> ${md.t(row.principles)}</#if>
</#list>

## ${t.t("portfolio.method.heading")}

${t.t("portfolio.method.quartiles")} ${t.t("portfolio.method.minimum", p.minimum())}
</#if>

<#-- Helpers for the Markdown reports. t() neutralises characters that would break a table or smuggle in HTML. -->
<#-- Markdown escapes, not HTML entities: a backslash before < > * _ ` [ ] makes each a literal character -->
<#function t s><#return s?replace("\\", "\\\\")?replace("|", "\\|")?replace("<", "\\<")?replace(">", "\\>")?replace("*", "\\*")?replace("_", "\\_")?replace("`", "\\`")?replace("[", "\\[")?replace("]", "\\]")?replace("\n", " ")></#function>
<#function num value><#return value?string["0.00"]></#function>
<#function idx value><#return value?string["0.0"]></#function>
<#function ev items><#return items?map(e -> t(e?string))?join("; ")></#function>

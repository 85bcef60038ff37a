<#-- Helpers for the Markdown reports. t() neutralises characters that would break a table or smuggle in HTML. -->
<#function t s><#return s?replace("\\", "\\\\")?replace("|", "\\|")?replace("<", "&lt;")?replace(">", "&gt;")?replace("\n", " ")></#function>
<#function num value><#return value?string["0.00"]></#function>
<#function idx value><#return value?string["0.0"]></#function>
<#function ev items><#return items?map(e -> t(e?string))?join("; ")></#function>

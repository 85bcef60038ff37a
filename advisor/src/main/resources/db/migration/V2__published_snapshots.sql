-- A stored diagnosis is a published snapshot of its round: it records exactly which respondents it was made from,
-- so that later results of the same round can be judged together with it (see docs/anonymity.md). Diagnoses stored
-- before this column existed were published under the old rules; they are kept but never shown again.
alter table stored_diagnosis add column respondent_keys text;

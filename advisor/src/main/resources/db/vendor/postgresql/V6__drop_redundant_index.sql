-- response_by_round duplicated the leading column of both unique keys on response, (round_id, respondent_key) and
-- (round_id, idempotency_key). On PostgreSQL without fresh statistics the planner chose it for the idempotency
-- lookup and walked every response of the round for each submission, slowing submissions as a round grew. The
-- unique keys serve every query by round. PostgreSQL only: H2 backs the foreign key to the round with this very
-- index and will not drop it (there it costs a little on insert and misleads no planner).
drop index response_by_round;

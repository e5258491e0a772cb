-- Leaderboards read the first lines of a scope in this order.
DROP INDEX scores_rank;
CREATE INDEX scores_rank ON scores (scope, points DESC, correct DESC, user_id);
-- A player answers a question of a round once by choice, and is right at
-- most once: the database holds to it, and the check is one index probe.
CREATE UNIQUE INDEX attempts_once ON attempts (round_id, seq, user_id) WHERE option >= 0 OR correct = 1;

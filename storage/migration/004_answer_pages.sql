-- An answer's commit writes one page per table and index it changes, and
-- those page writes are most of what an answer costs. This migration makes
-- an answer change fewer of them:
--
-- * attempts: the unused index on question_id goes. The event id's unique
--   index, the (round_id, seq) index and the partial "once" index become one
--   unique index on (round_id, seq, user_id, turn). turn is '' for a choice
--   or a right answer, so a player has one of those per question of a round;
--   for a wrong typed answer it is the platform's event id, so a repeated
--   delivery is refused, and NULL without one (NULLs never collide).
-- * cards: keyed by (user_id, question_id) without a separate rowid, and
--   without the (user_id, due) index: /review reads a player's cards by key
--   and sorts the few due ones.

CREATE TABLE attempts_new (
	id          INTEGER PRIMARY KEY,
	round_id    INTEGER REFERENCES rounds (id),
	seq         INTEGER NOT NULL DEFAULT 0,
	question_id TEXT NOT NULL REFERENCES questions (id),
	user_id     INTEGER REFERENCES users (id) ON DELETE SET NULL,
	chat_id     INTEGER NOT NULL REFERENCES chats (id),
	answer      TEXT NOT NULL,
	option      INTEGER NOT NULL DEFAULT -1,
	correct     INTEGER NOT NULL,
	points      INTEGER NOT NULL,
	response_ms INTEGER NOT NULL,
	hinted      INTEGER NOT NULL DEFAULT 0,
	event_id    TEXT,
	turn        TEXT,
	created_at  TEXT NOT NULL
);
INSERT INTO attempts_new (id, round_id, seq, question_id, user_id, chat_id, answer, option, correct, points,
	response_ms, hinted, event_id, turn, created_at)
SELECT id, round_id, seq, question_id, user_id, chat_id, answer, option, correct, points,
	response_ms, hinted, event_id, CASE WHEN option >= 0 OR correct = 1 THEN '' ELSE event_id END, created_at
FROM attempts;
DROP TABLE attempts;
ALTER TABLE attempts_new RENAME TO attempts;
CREATE UNIQUE INDEX attempts_turn ON attempts (round_id, seq, user_id, turn);
CREATE INDEX attempts_user ON attempts (user_id, created_at);

CREATE TABLE cards_new (
	user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
	stability   REAL NOT NULL,
	difficulty  REAL NOT NULL,
	state       INTEGER NOT NULL,
	reps        INTEGER NOT NULL,
	lapses      INTEGER NOT NULL,
	last_review TEXT,
	due         TEXT NOT NULL,
	PRIMARY KEY (user_id, question_id)
) WITHOUT ROWID;
INSERT INTO cards_new SELECT user_id, question_id, stability, difficulty, state, reps, lapses, last_review, due FROM cards;
DROP TABLE cards;
ALTER TABLE cards_new RENAME TO cards;

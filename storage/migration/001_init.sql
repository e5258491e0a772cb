-- The first schema: topics and their questions, players and chats, rounds and
-- the answers given in them, standings, review cards and small adapter state.

CREATE TABLE topics (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
	source     TEXT NOT NULL DEFAULT '',
	created_at TEXT NOT NULL
);

CREATE TABLE questions (
	id          TEXT PRIMARY KEY,
	topic_id    INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
	kind        TEXT NOT NULL,
	stem        TEXT NOT NULL,
	options     TEXT NOT NULL DEFAULT '[]',
	answer      TEXT NOT NULL,
	aliases     TEXT NOT NULL DEFAULT '[]',
	explanation TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	section     TEXT NOT NULL DEFAULT '',
	difficulty  REAL NOT NULL DEFAULT 0.5,
	quality     REAL NOT NULL DEFAULT 0.5,
	time_limit  INTEGER NOT NULL DEFAULT 0,
	retired     INTEGER NOT NULL DEFAULT 0,
	created_at  TEXT NOT NULL
);
CREATE INDEX questions_topic ON questions (topic_id, retired);

CREATE TABLE users (
	id          INTEGER PRIMARY KEY,
	platform    TEXT NOT NULL,
	platform_id TEXT NOT NULL,
	name        TEXT NOT NULL DEFAULT '',
	created_at  TEXT NOT NULL,
	UNIQUE (platform, platform_id)
);

CREATE TABLE chats (
	id           INTEGER PRIMARY KEY,
	platform     TEXT NOT NULL,
	platform_id  TEXT NOT NULL,
	private      INTEGER NOT NULL DEFAULT 0,
	title        TEXT NOT NULL DEFAULT '',
	scope        TEXT NOT NULL,
	time_limit   INTEGER NOT NULL DEFAULT 0,
	poll         INTEGER NOT NULL DEFAULT 0,
	created_at   TEXT NOT NULL,
	UNIQUE (platform, platform_id)
);

CREATE TABLE rounds (
	id           INTEGER PRIMARY KEY,
	chat_id      INTEGER NOT NULL REFERENCES chats (id),
	starter_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
	mode         TEXT NOT NULL DEFAULT 'quiz',
	topic        TEXT NOT NULL DEFAULT '',
	question_ids TEXT NOT NULL,
	seq          INTEGER NOT NULL DEFAULT 0,
	state        TEXT NOT NULL,
	asked_at     TEXT,
	deadline     TEXT,
	time_limit   INTEGER NOT NULL,
	hinted       INTEGER NOT NULL DEFAULT 0,
	idle         INTEGER NOT NULL DEFAULT 0,
	message_id   TEXT NOT NULL DEFAULT '',
	class_id     INTEGER,
	created_at   TEXT NOT NULL,
	ended_at     TEXT
);
-- One round per chat at a time.
CREATE UNIQUE INDEX rounds_open ON rounds (chat_id) WHERE state <> 'done';

CREATE TABLE attempts (
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
	event_id    TEXT UNIQUE,
	created_at  TEXT NOT NULL
);
CREATE INDEX attempts_round ON attempts (round_id, seq);
CREATE INDEX attempts_user ON attempts (user_id, created_at);
CREATE INDEX attempts_question ON attempts (question_id);

CREATE TABLE scores (
	scope       TEXT NOT NULL,
	user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	points      INTEGER NOT NULL DEFAULT 0,
	correct     INTEGER NOT NULL DEFAULT 0,
	answered    INTEGER NOT NULL DEFAULT 0,
	rounds      INTEGER NOT NULL DEFAULT 0,
	streak      INTEGER NOT NULL DEFAULT 0,
	best_streak INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (scope, user_id)
);
CREATE INDEX scores_rank ON scores (scope, points DESC);

CREATE TABLE cards (
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
);
CREATE INDEX cards_due ON cards (user_id, due);

-- Questions asked per chat, so that none repeats within the chat's last 200.
CREATE TABLE asked (
	id          INTEGER PRIMARY KEY,
	chat_id     INTEGER NOT NULL REFERENCES chats (id),
	question_id TEXT NOT NULL
);
CREATE INDEX asked_chat ON asked (chat_id, id);

-- Platform events already handled (update and interaction ids).
CREATE TABLE events (
	id         TEXT PRIMARY KEY,
	created_at TEXT NOT NULL
);

CREATE TABLE state (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

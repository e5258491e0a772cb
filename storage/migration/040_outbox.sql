-- The outbox: mail decided in a transaction (each student's private result
-- when a class ends, the teacher's notice of results that could not be
-- sent), written with it and delivered afterwards (quiz.MailStore). Times
-- are text in timeFormat, which sorts as it reads.
CREATE TABLE outbox (
	id         INTEGER PRIMARY KEY,
	batch      TEXT    NOT NULL,
	chat_id    INTEGER NOT NULL REFERENCES chats (id),
	user_id    TEXT    NOT NULL DEFAULT '',
	platform   TEXT    NOT NULL DEFAULT '', -- user_id's, when not the chat's (a guest)
	text       TEXT    NOT NULL,
	summary    INTEGER NOT NULL DEFAULT 0,
	state      TEXT    NOT NULL DEFAULT 'pending',
	tries      INTEGER NOT NULL DEFAULT 0,
	due        TEXT    NOT NULL,
	claimed_at TEXT,
	settled_at TEXT,
	created_at TEXT    NOT NULL
);
CREATE INDEX outbox_due ON outbox (state, due);
CREATE INDEX outbox_batch ON outbox (batch, state);

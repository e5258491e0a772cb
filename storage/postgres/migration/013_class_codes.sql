-- Students join a class from a browser with a short code, wherever the class
-- runs (a browser, a Telegram group, a Discord channel): '' for a class that
-- has none. A code names the latest class that took it; it is good while
-- that class runs.
ALTER TABLE classes ADD COLUMN code TEXT NOT NULL DEFAULT '';
CREATE INDEX classes_code ON classes (code, id) WHERE code <> '';

-- Keys the server signs with (students' cookies), made once and kept here so
-- that every process on this database signs alike and a restart keeps
-- students signed in.
CREATE TABLE signing_keys (
	name       TEXT PRIMARY KEY,
	key        BYTEA NOT NULL,
	created_at TIMESTAMPTZ NOT NULL
);

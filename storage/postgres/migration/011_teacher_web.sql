-- The teacher's web pages (storage/migration/020_teacher_web.sql): one-time
-- sign-in links and sessions. Only hashes of their tokens are kept, so that
-- a copy of the database signs nobody in.

CREATE TABLE signin_links (
	token_hash TEXT PRIMARY KEY,
	user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	expires_at TIMESTAMPTZ NOT NULL,
	used_at    TIMESTAMPTZ
);
CREATE INDEX signin_links_expiry ON signin_links (expires_at);

CREATE TABLE web_sessions (
	token_hash TEXT PRIMARY KEY,
	user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	csrf       TEXT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);

-- When a teacher last changed a question by hand (NULL: as generated).
ALTER TABLE questions ADD COLUMN edited_at TIMESTAMPTZ;

CREATE INDEX classes_teacher ON classes (teacher_id, id);

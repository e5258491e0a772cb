-- Classrooms: a class is one session in a chat (a live class round with this
-- class_id, its students, the homework assigned to it). Homework rounds are
-- rounds of mode 'homework' in the students' private chats with the class's
-- class_id.

CREATE TABLE classes (
	id         INTEGER PRIMARY KEY,
	chat_id    INTEGER NOT NULL REFERENCES chats (id),
	teacher_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
	topic      TEXT NOT NULL DEFAULT '',
	created_at TEXT NOT NULL
);
CREATE INDEX classes_chat ON classes (chat_id, id);

CREATE TABLE class_members (
	class_id  INTEGER NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
	user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	joined_at TEXT NOT NULL,
	PRIMARY KEY (class_id, user_id)
);

CREATE TABLE assignments (
	id           INTEGER PRIMARY KEY,
	class_id     INTEGER NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
	topic        TEXT NOT NULL DEFAULT '',
	question_ids TEXT NOT NULL,
	due          TEXT NOT NULL,
	created_at   TEXT NOT NULL
);
CREATE INDEX assignments_class ON assignments (class_id);

CREATE INDEX rounds_class ON rounds (class_id) WHERE class_id IS NOT NULL;

-- A numerical question from a bank accepts any number within its tolerance
-- of the answer (GIFT {#1200:100}, Moodle's numerical question); 0 means the
-- answer is compared as text, as before.
ALTER TABLE questions ADD COLUMN tolerance REAL NOT NULL DEFAULT 0;

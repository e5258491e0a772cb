-- A numerical question from a bank accepts any number within its tolerance
-- of the answer (GIFT {#1200:100}); 0 means the answer is compared as text.
ALTER TABLE questions ADD COLUMN tolerance DOUBLE PRECISION NOT NULL DEFAULT 0;

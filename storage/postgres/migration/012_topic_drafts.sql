-- Topics made on the teacher's pages (storage/migration/021_topic_drafts.sql):
-- who made them (NULL: shared, as every topic made from the command line or
-- a chat), and a draft flag that keeps a topic out of play until its
-- teacher publishes it.
ALTER TABLE topics ADD COLUMN owner_id BIGINT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE topics ADD COLUMN draft BOOLEAN NOT NULL DEFAULT false;

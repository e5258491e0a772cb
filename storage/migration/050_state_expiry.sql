-- Adapter state that is of use only for a while (a poll's options, while the
-- poll can be answered) says until when; it is pruned after that. Lasting
-- state (Telegram's update offset) keeps NULL.
ALTER TABLE state ADD COLUMN expires_at TEXT;
CREATE INDEX state_expiry ON state (expires_at) WHERE expires_at IS NOT NULL;

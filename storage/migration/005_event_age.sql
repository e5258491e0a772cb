-- Delivery ids are kept for the platforms' redelivery window only (see
-- events.go): pruning them by age reads this index, not the whole table.
CREATE INDEX events_age ON events (created_at);

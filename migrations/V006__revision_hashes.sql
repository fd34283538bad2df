-- A revision row keeps a SHA-256 of its version's content instead of the content itself: the
-- content is in the log (and, for the current version, in development.content); the hash is all
-- idempotency needs. Halves what a bulk import writes besides the events.
ALTER TABLE development_revision DROP COLUMN content;
ALTER TABLE development_revision ADD COLUMN content_hash VARCHAR(64);

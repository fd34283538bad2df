-- Idempotency compares the validated content itself (same id, same content: recorded once), so the
-- request fingerprints kept until now are no longer used.
ALTER TABLE development DROP COLUMN fingerprint;
ALTER TABLE development_revision DROP COLUMN fingerprint;

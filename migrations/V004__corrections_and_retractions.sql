-- Corrections and retractions: every change to a development is a new event; these tables keep
-- what is now known, and each development's revisions (one row per event of its stream).

ALTER TABLE development
    ADD COLUMN version   INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN retracted BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE development_revision (
    development_id UUID         NOT NULL,
    sequence       BIGINT       NOT NULL,   -- the event's sequence number in the stream
    kind           VARCHAR(16)  NOT NULL,   -- RECORDED, CORRECTED, RETRACTED
    version        INTEGER      NOT NULL,   -- the content version after this revision
    content        TEXT,                    -- the full content of that version (null: retraction)
    reason         TEXT,
    fingerprint    VARCHAR(64),
    recorded_at    TIMESTAMPTZ  NOT NULL,
    recorded_by    VARCHAR(255) NOT NULL,
    PRIMARY KEY (development_id, sequence)
);

-- Relationship facts become versioned: a correction supersedes the fact it replaces, a
-- retraction supersedes it without replacement. superseded_at (recording time) keeps what was
-- known at any past moment answerable.
ALTER TABLE relationship_partnership DROP CONSTRAINT relationship_partnership_pkey;
ALTER TABLE relationship_partnership
    ADD COLUMN version       INTEGER     NOT NULL DEFAULT 1,
    ADD COLUMN superseded_at TIMESTAMPTZ;
ALTER TABLE relationship_partnership ADD PRIMARY KEY (development_id, version);

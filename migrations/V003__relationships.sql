-- Relationship projection: one row per partnership development, fed by the pooled processor
-- "relationships" (its token lives in token_entry, committed with these rows).
-- actor_a is the code that sorts first (Java String order), so a/b and b/a are one dyad.

CREATE TABLE relationship_partnership (
    development_id UUID         PRIMARY KEY,
    actor_a        VARCHAR(32)  NOT NULL,
    actor_b        VARCHAR(32)  NOT NULL,
    type           VARCHAR(64)  NOT NULL,
    level          VARCHAR(64)  NOT NULL,
    label          TEXT,
    label_en       TEXT,
    date_text      VARCHAR(16)  NOT NULL,
    earliest       DATE         NOT NULL,
    latest         DATE         NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    position       BIGINT       NOT NULL
);
CREATE INDEX relationship_partnership_dyad ON relationship_partnership (actor_a, actor_b);

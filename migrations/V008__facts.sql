-- The facts projection (processor "facts"): every version of every development, with when it
-- happened in the world (earliest..latest day of its partial date) and when it was known
-- (recorded_at until superseded_at, by a correction or retraction). Every "as of" and "known at"
-- answer — relationships, organisations, agreements, projects, proposals, the timeline — is a fold
-- over these rows. It replaces relationship_partnership.

CREATE TABLE fact (
    development_id UUID         NOT NULL,
    version        INTEGER      NOT NULL,
    type           VARCHAR(64)  NOT NULL,
    date_text      VARCHAR(16),
    earliest       DATE,
    latest         DATE,
    actors         VARCHAR(32)[] NOT NULL,
    subject        VARCHAR(80),  -- the agreement, project, proposal, organisation or document
    parent         VARCHAR(80),  -- a project's parent project
    content        TEXT         NOT NULL,
    search         TEXT         NOT NULL,  -- lower-cased summaries, quotes, labels and titles
    recorded_at    TIMESTAMPTZ  NOT NULL,
    superseded_at  TIMESTAMPTZ,
    position       BIGINT       NOT NULL,
    PRIMARY KEY (development_id, version)
);

CREATE INDEX fact_actors ON fact USING GIN (actors);
CREATE INDEX fact_subject ON fact (subject) WHERE subject IS NOT NULL;
CREATE INDEX fact_parent ON fact (parent) WHERE parent IS NOT NULL;
CREATE INDEX fact_timeline ON fact (earliest, position, development_id, version);
CREATE INDEX fact_type ON fact (type);

-- Substring search in any script (天然氣, 上海合作組織) uses LIKE on fact.search; a trigram index
-- speeds it up where the pg_trgm extension is available (it is in PostgreSQL's contrib).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX fact_search ON fact USING GIN (search gin_trgm_ops);
    END IF;
END
$$;

DROP TABLE relationship_partnership;
DELETE FROM token_entry WHERE processor_name = 'relationships';

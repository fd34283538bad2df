-- Narrow, ordered indexes over the facts for the two hottest reads (issue 4, docs/benchmarks.md):
--
-- fact_actor: a row per fact version and each actor it names, ordered by world date and log
--   position, with what the timeline filters on (type, latest day, record interval). A timeline
--   page of one actor is a range scan of this index that stops after the page; its total is a
--   count over the same narrow entries, never over the facts' contents.
-- fact_dyad: a row per fact version and each unordered pair of its actors (a < b). A relationship
--   as of a day is a range scan of (a, b, earliest), then the facts' contents by primary key.
--
-- Both replace the GIN index on fact.actors, whose lookups intersected two actors' whole posting
-- lists (~10,000 entries each at 1,000,000 developments) and whose updates slowed the projection.
-- A fact's actors and date never change (a correction is a new version), so only superseded_at
-- is kept in step with fact.

CREATE TABLE fact_actor (
    actor          VARCHAR(32)  NOT NULL,
    earliest       DATE,
    position       BIGINT       NOT NULL,
    development_id UUID         NOT NULL,
    version        INTEGER      NOT NULL,
    type           VARCHAR(64)  NOT NULL,
    latest         DATE,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    superseded_at  TIMESTAMPTZ,
    PRIMARY KEY (actor, development_id, version)
);

CREATE INDEX fact_actor_timeline ON fact_actor (actor, earliest, position, development_id, version)
    INCLUDE (type, latest, recorded_at, superseded_at);
CREATE INDEX fact_actor_development ON fact_actor (development_id);

CREATE TABLE fact_dyad (
    actor_a        VARCHAR(32)  COLLATE "C" NOT NULL,  -- code order, as in Java: a < b
    actor_b        VARCHAR(32)  COLLATE "C" NOT NULL,
    earliest       DATE,
    development_id UUID         NOT NULL,
    version        INTEGER      NOT NULL,
    PRIMARY KEY (actor_a, actor_b, development_id, version),
    CHECK (actor_a < actor_b)
);

CREATE INDEX fact_dyad_by_date ON fact_dyad (actor_a, actor_b, earliest)
    INCLUDE (development_id, version);

INSERT INTO fact_actor (actor, earliest, position, development_id, version, type, latest,
                        recorded_at, superseded_at)
SELECT DISTINCT ON (a.actor, f.development_id, f.version)
       a.actor, f.earliest, f.position, f.development_id, f.version, f.type, f.latest,
       f.recorded_at, f.superseded_at
FROM fact f, unnest(f.actors) AS a(actor);

INSERT INTO fact_dyad (actor_a, actor_b, earliest, development_id, version)
SELECT DISTINCT a.actor, b.actor, f.earliest, f.development_id, f.version
FROM fact f, unnest(f.actors) AS a(actor), unnest(f.actors) AS b(actor)
WHERE a.actor COLLATE "C" < b.actor COLLATE "C";

DROP INDEX fact_actors;

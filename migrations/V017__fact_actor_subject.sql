-- The agreements between two actors are found by actor, not by dyad: a party that
-- joined a multilateral agreement later is bound to every party already in, though no development
-- names the two together. Each actor's agreements are read from its fact_actor entries of the
-- agreement types (bound as a parameter from DevelopmentType, never listed here), then the two
-- actors' sets are intersected.
--
-- fact_actor keeps each fact's subject (the agreement, project, proposal, organisation or document
-- it is about, as fact.subject), and a partial index over the entries that have one answers an
-- actor's agreements from the index alone (about 1,250 entries per actor at 1,000,000
-- developments, instead of its ~10,000 entries and their facts' rows).
ALTER TABLE
    fact_actor ADD COLUMN subject VARCHAR(80);

UPDATE
    fact_actor a
SET
    subject = f.subject
FROM
    fact f
WHERE
    f.development_id = a.development_id
    AND f.version = a.version
    AND f.subject IS NOT NULL;

CREATE
    INDEX fact_actor_subject ON
    fact_actor(
        actor,
        TYPE,
        subject
    ) INCLUDE(
        earliest,
        recorded_at,
        superseded_at
    )
WHERE
    subject IS NOT NULL;

-- Two generations of every streaming projection's tables (ADR 0021): a rebuild replays the log
-- into the spare generation while the live one keeps answering, then a pointer row flips which
-- one is live. Each generation is a schema of its own, <projection>_g0 and <projection>_g1
-- (facts_g0.fact, facts_g1.fact, ...), holding tables of the same definition; Tracker reaches the
-- live ones by its connections' search_path, which tracker_search_path() makes from the pointer
-- rows, so its SQL names tables without a schema. The existing tables become generation 0, live.
-- A later migration that changes a projection's table changes it in both generations.
CREATE
    TABLE
        projection_generation(
            projection VARCHAR(64) PRIMARY KEY,
            live SMALLINT NOT NULL CHECK(
                live IN(
                    0,
                    1
                )
            ), -- false while the live generation's very first build has not reached build_target
            built BOOLEAN NOT NULL,
            build_target BIGINT,
            flipped_at TIMESTAMPTZ, -- the spare generation's build (a rebuild or a verification), when one runs
            spare_state VARCHAR(16) NOT NULL DEFAULT 'IDLE' CHECK(
                spare_state IN(
                    'IDLE',
                    'REBUILDING',
                    'VERIFYING'
                )
            ),
            spare_node VARCHAR(255),
            spare_target BIGINT,
            spare_started_at TIMESTAMPTZ,
            spare_seen_at TIMESTAMPTZ, -- the spare has reached the head: the other instances let go of the live segments
            spare_caught_up BOOLEAN NOT NULL DEFAULT FALSE, -- what the last rebuild or verification found (JSON)
            spare_report TEXT
        );

CREATE
    FUNCTION tracker_generation_schema(
        projection TEXT,
        generation INTEGER
    ) RETURNS TEXT LANGUAGE SQL IMMUTABLE AS $$ SELECT
        REPLACE(
            projection,
            '-',
            '_'
        )|| '_g' || generation $$;

-- The search_path that reaches each projection's live generation, or, for the projection named
-- building, its spare one; then base (the connection's own path).
CREATE
    FUNCTION tracker_search_path(
        base TEXT,
        building TEXT DEFAULT NULL
    ) RETURNS TEXT LANGUAGE SQL STABLE AS $$ SELECT
        COALESCE(
            string_agg(
                quote_ident(
                    tracker_generation_schema(
                        projection,
                        CASE
                            WHEN projection = building THEN 1 - live
                            ELSE live
                        END
                    )
                ),
                ', '
            ORDER BY
                projection
            )|| ', ',
            ''
        )|| base
    FROM
        projection_generation $$;

DO $$ DECLARE p RECORD;

t TEXT;

BEGIN FOR p IN SELECT
    *
FROM
    (
    VALUES(
        'facts',
        ARRAY [ 'fact',
        'fact_actor',
        'fact_dyad' ]
    ),
    (
        'catalog',
        ARRAY [ 'development' ]
    ),
    (
        'watch-items',
        ARRAY [ 'watch_item',
        'watch_step' ]
    ),
    (
        'watch-rules',
        ARRAY [ 'watch_rule',
        'watch_rule_link' ]
    )
    ) AS v(
        projection,
        tables
    ) LOOP EXECUTE format(
        'CREATE SCHEMA %I',
        tracker_generation_schema(
            p.projection,
            0
        )
    );

EXECUTE format(
    'CREATE SCHEMA %I',
    tracker_generation_schema(
        p.projection,
        1
    )
);

FOREACH t IN ARRAY p.tables LOOP EXECUTE format(
    'ALTER TABLE %I SET SCHEMA %I',
    t,
    tracker_generation_schema(
        p.projection,
        0
    )
);

EXECUTE format(
    'CREATE TABLE %I.%I (LIKE %I.%I INCLUDING ALL)',
    tracker_generation_schema(
        p.projection,
        1
    ),
    t,
    tracker_generation_schema(
        p.projection,
        0
    ),
    t
);
END LOOP;

INSERT
    INTO
        projection_generation(
            projection,
            live,
            built
        )
    VALUES(
        p.projection,
        0,
        TRUE
    );
END LOOP;
END $$;

-- The application's user gets the generations' schemas and tables too.
CREATE
    OR REPLACE FUNCTION tracker_grant_app(
        app_role NAME
    ) RETURNS VOID LANGUAGE plpgsql AS $$ DECLARE here NAME := current_schema();

append_only REGCLASS;

s NAME;

BEGIN -- instances starting together would otherwise grant at once: "tuple concurrently updated"

PERFORM pg_advisory_xact_lock(
    hashtext('tracker_grant_app')
);

FOR s IN SELECT
    here
UNION SELECT
    tracker_generation_schema(
        projection,
        g
    )
FROM
    projection_generation,
    generate_series(
        0,
        1
    ) g LOOP EXECUTE format(
        'GRANT USAGE ON SCHEMA %I TO %I',
        s,
        app_role
    );

EXECUTE format(
    'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA %I TO %I',
    s,
    app_role
);

EXECUTE format(
    'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I',
    s,
    app_role
);

EXECUTE format(
    'ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO %I',
    s,
    app_role
);

EXECUTE format(
    'ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
    s,
    app_role
);
END LOOP;

FOR append_only IN SELECT
    DISTINCT c.oid ::REGCLASS
FROM
    pg_trigger t
JOIN pg_proc p ON
    p.oid = t.tgfoid
JOIN pg_class c ON
    c.oid = t.tgrelid
WHERE
    p.proname LIKE 'refuse\_%'
    AND c.relnamespace = here ::REGNAMESPACE LOOP EXECUTE format(
        'REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON %s FROM %I',
        append_only,
        app_role
    );
END LOOP;

IF to_regclass('flyway_schema_history') IS NOT NULL THEN EXECUTE format(
    'REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON flyway_schema_history FROM %I',
    app_role
);
END IF;
END $$;

REVOKE EXECUTE ON
FUNCTION tracker_grant_app(NAME)
FROM
PUBLIC;

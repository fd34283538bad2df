-- Least privilege (ADR 0020): the role that runs the migrations owns every table; the role the
-- application connects as gets what it needs and no more. tracker_grant_app(role) says what that
-- is, and is run by the owner after every migration (Tracker does it at start when it is given
-- the owner's credential), so tables of later migrations are granted too; default privileges
-- cover a table the owner creates in between.
-- The application reads and appends to the event log and to any table whose triggers refuse
-- changes (a trigger function named refuse_…, as V013's refuse_event_log_change): it cannot
-- UPDATE, DELETE or TRUNCATE those, and, owning nothing, it cannot ALTER a table or disable its
-- triggers. It reads Flyway's history, no more.
-- Everything else (projections, tokens, dead letters, snapshots, the directory) it reads and
-- writes, TRUNCATE included (a projection's reset empties its tables).
CREATE
    FUNCTION tracker_grant_app(
        app_role NAME
    ) RETURNS VOID LANGUAGE plpgsql AS $$ DECLARE here NAME := current_schema();

append_only REGCLASS;

BEGIN -- instances starting together would otherwise grant at once: "tuple concurrently updated"

PERFORM pg_advisory_xact_lock(
    hashtext('tracker_grant_app')
);

EXECUTE format(
    'GRANT USAGE ON SCHEMA %I TO %I',
    here,
    app_role
);

EXECUTE format(
    'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA %I TO %I',
    here,
    app_role
);

EXECUTE format(
    'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I',
    here,
    app_role
);

EXECUTE format(
    'ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO %I',
    here,
    app_role
);

EXECUTE format(
    'ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
    here,
    app_role
);

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

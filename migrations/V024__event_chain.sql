-- A hash chain over the log (ADR 0019): one seal per event, written in global order by a single
-- chain writer shortly after the event commits. A seal's hash covers its position, the previous
-- seal's hash and a digest of the event's stored fields (content), so a changed, removed or moved
-- event no longer matches its seal. Positions Axon left as gaps have no seal. Insert-only, like the
-- log: only a superuser or the table's owner can get round the triggers below.
CREATE
    TABLE
        event_seal(
            POSITION BIGINT PRIMARY KEY,
            previous_hash BYTEA NOT NULL,
            content_hash BYTEA NOT NULL,
            hash BYTEA NOT NULL,
            CONSTRAINT event_seal_hash_length CHECK(
                OCTET_LENGTH( hash )= 32
                AND OCTET_LENGTH( previous_hash )= 32
                AND OCTET_LENGTH( content_hash )= 32
            )
        );

CREATE
    FUNCTION refuse_event_seal_change() RETURNS TRIGGER LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the chain of seals is insert-only: % on % is refused',
    TG_OP,
    TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE
    TRIGGER event_seal_insert_only BEFORE UPDATE
        OR DELETE
            ON
            event_seal FOR EACH ROW EXECUTE FUNCTION refuse_event_seal_change();

CREATE
    TRIGGER event_seal_no_truncate BEFORE TRUNCATE ON
    event_seal FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_seal_change();

-- The event log is append-only, and the database itself says so: any UPDATE, DELETE or TRUNCATE
-- of domain_event_entry is refused, whoever types it (the application never does either).
-- Corrections and retractions are new events. A superuser can still disable triggers
-- (ALTER TABLE … DISABLE TRIGGER, session_replication_role = replica): that leaves a trace in the
-- server log, and is what the grants of a production role (issue 9) shut off.
CREATE FUNCTION refuse_event_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the event log is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'record a correction or a retraction instead';
END
$$;

CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_event_log_change();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_log_change();

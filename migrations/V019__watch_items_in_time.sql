-- Watch items in time (ADR 0016). Every step of an item (opened, evidence linked, resolved, dropped,
-- reopened) is kept, dated in the world (on_date: a partial date such as 2013, 2013-09, 2013-09-12)
-- and in the record: recorded_at until superseded_at, set when linked evidence is withdrawn. Status,
-- outcome and evidence are no longer stored: each answer folds the steps that count on its day as
-- known at its moment. The projection "watch-items" is rebuilt from the log by its next start.
CREATE
    TABLE
        watch_step(
            item_id VARCHAR(80) NOT NULL,
            sequence_number BIGINT NOT NULL, -- the event's place in the item's stream
            kind VARCHAR(16) NOT NULL, -- OPENED, EVIDENCE_LINKED, RESOLVED, DROPPED, REOPENED
            on_date VARCHAR(16) NOT NULL,
            development_id UUID, -- the evidence, or the development that decided a resolution
            outcome VARCHAR(16),
            recorded_at TIMESTAMPTZ NOT NULL,
            superseded_at TIMESTAMPTZ,
            PRIMARY KEY(
                item_id,
                sequence_number
            )
        );

DROP
    TABLE
        watch_evidence;

DROP
    INDEX watch_item_status;

ALTER TABLE
    watch_item DROP
        COLUMN status,
        DROP
            COLUMN outcome,
            DROP
                COLUMN evidence_count,
                DROP
                    COLUMN last_evidence_at;

CREATE
    INDEX watch_item_review ON
    watch_item(
        review_by_latest,
        id
    );

DELETE
FROM
    watch_item;

DELETE
FROM
    token_entry
WHERE
    processor_name = 'watch-items';

-- A watch item's review date can be changed (ADR 0016, addendum): a step of kind REVIEW_DATE_CHANGED keeps
-- the review date it sets in watch_step.review_by, and kind grows to hold that name. Both
-- generations of the watch-items projection (V026) change alike. Nothing is rebuilt: no such step
-- exists before this migration.

DO $$ DECLARE g INTEGER;

BEGIN FOR g IN 0..1 LOOP EXECUTE format(
    'ALTER TABLE %I.watch_step ALTER COLUMN kind TYPE VARCHAR(32), ADD COLUMN review_by VARCHAR(16)',
    tracker_generation_schema(
        'watch-items',
        g
    )
);
END LOOP;
END $$;

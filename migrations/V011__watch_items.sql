-- The watch items projection (processor "watch-items"): one row per item as it stands now.
-- Its history lives in the item's own stream in the log.
CREATE TABLE watch_item (
    id               VARCHAR(80)  PRIMARY KEY,
    status           VARCHAR(16)  NOT NULL,
    content          TEXT         NOT NULL,      -- question, subjects, rule, review date, sources
    subjects         VARCHAR(80)[] NOT NULL,
    review_by        VARCHAR(16)  NOT NULL,
    review_by_latest DATE         NOT NULL,      -- the last day of the review date's range
    opened_at        TIMESTAMPTZ  NOT NULL,
    opened_by        VARCHAR(200),
    position         BIGINT       NOT NULL
);

CREATE INDEX watch_item_status ON watch_item (status, review_by_latest);
CREATE INDEX watch_item_subjects ON watch_item USING GIN (subjects);

-- Watch items that watch (issue 6).
-- watch_item gains its outcome and evidence summary; watch_evidence lists each item's linked
-- developments (projection "watch-items"). watch_rule and watch_rule_link are the rule matcher's
-- own state (processor "watch-rules"): each item's rule, whether it is watched, and its links.
ALTER TABLE watch_item
    ADD COLUMN outcome          VARCHAR(16),
    ADD COLUMN evidence_count   INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN last_evidence_at TIMESTAMPTZ;

CREATE TABLE watch_evidence (
    item_id        VARCHAR(80)  NOT NULL,
    development_id UUID         NOT NULL,
    linked_at      TIMESTAMPTZ  NOT NULL,
    withdrawn_at   TIMESTAMPTZ,
    PRIMARY KEY (item_id, development_id)
);

CREATE TABLE watch_rule (
    item_id   VARCHAR(80) PRIMARY KEY,
    rule      TEXT        NOT NULL,
    opened_at BIGINT      NOT NULL,   -- log position of the opening: later developments count
    active    BOOLEAN     NOT NULL
);

CREATE TABLE watch_rule_link (
    item_id        VARCHAR(80) NOT NULL,
    development_id UUID        NOT NULL,
    PRIMARY KEY (item_id, development_id)
);
CREATE INDEX watch_rule_link_development ON watch_rule_link (development_id);

-- The registry: written by a subscribing processor in the same transaction as the events.

CREATE TABLE actor (
    code           VARCHAR(32)  PRIMARY KEY,
    kind           VARCHAR(32)  NOT NULL,
    name_en        TEXT         NOT NULL,
    name_zh_hant   TEXT         NOT NULL,
    development_id UUID         NOT NULL
);

CREATE TABLE document (
    document_id    VARCHAR(80)  PRIMARY KEY,
    title          TEXT         NOT NULL,
    author         TEXT,
    affiliation    TEXT,
    publication    TEXT,
    published      VARCHAR(16),
    language       VARCHAR(35)  NOT NULL,
    url            TEXT,
    development_id UUID         NOT NULL
);

-- Every development as now known, with the fingerprint of the request that created it
-- (idempotent capture: the same id with the same body records once).
CREATE TABLE development (
    development_id UUID         PRIMARY KEY,
    type           VARCHAR(64)  NOT NULL,
    date_text      VARCHAR(16),
    content        TEXT         NOT NULL,
    fingerprint    VARCHAR(64),
    recorded_at    TIMESTAMPTZ  NOT NULL,
    recorded_by    VARCHAR(255) NOT NULL
);

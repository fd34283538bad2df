-- The partial date as text was written beside each fact and each catalogued development, and never
-- read: the content (JSON) holds the date, and earliest/latest its range where a query needs one.
ALTER TABLE
    fact DROP
        COLUMN date_text;

ALTER TABLE
    development DROP
        COLUMN date_text;

-- A document's reliability on the Admiralty scale (A completely reliable … F cannot be judged),
-- as its registration (or a correction of it) grades it; null when ungraded. Citations carry their
-- own credibility (1–6) inside the events, so they need no column.
ALTER TABLE
    document ADD COLUMN reliability CHAR(1) CHECK(
        reliability IN(
            'A',
            'B',
            'C',
            'D',
            'E',
            'F'
        )
    );

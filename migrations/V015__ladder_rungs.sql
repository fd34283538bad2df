-- Rungs of the partnership ladder registered by analysts (PARTNERSHIP_LEVEL_REGISTERED), beside
-- the default rungs that ship with the code. Part of the directory: written by its subscribing
-- processor in the transaction that appends the registration, so a rank or code taken twice fails
-- the append.
CREATE
    TABLE
        ladder_rung(
            code VARCHAR(64) PRIMARY KEY,
            RANK INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL, -- names by BCP-47 language tag, as JSON
            development_id UUID NOT NULL
        );

-- The Tracker instances sharing this database, each seen recently (a heartbeat). Only used to share
-- projection segments fairly: Axon's token claims (token_entry) remain what decides who handles what.
CREATE TABLE tracker_node (
    node_id  VARCHAR(255) PRIMARY KEY,
    seen_at  TIMESTAMPTZ  NOT NULL
);

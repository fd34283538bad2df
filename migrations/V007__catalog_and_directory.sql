-- Idempotency and history are now answered from the log itself (each development's stream), so
-- the per-revision table is gone. actor and document are the directory, written in the appending
-- transaction; development is the catalog, a streaming projection (processor "catalog").
DROP TABLE development_revision;

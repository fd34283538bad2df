package org.tracker.infrastructure.database;

import java.nio.file.Path;

/** Another process (or this one) already runs an embedded database on this data directory. */
public class DataDirectoryInUse extends IllegalStateException {

  private final Path dataDir;

  public DataDirectoryInUse(Path dataDir) {
    super(
        "The data directory "
            + dataDir
            + " is in use by another Tracker instance. Stop that instance, or give this one its"
            + " own directory with TRACKER_DATA_DIR, or share a PostgreSQL server via"
            + " TRACKER_DB_URL.");
    this.dataDir = dataDir;
  }

  public Path dataDir() {
    return dataDir;
  }
}

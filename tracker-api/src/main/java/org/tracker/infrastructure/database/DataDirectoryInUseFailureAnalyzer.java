package org.tracker.infrastructure.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked data directory into a two-line explanation instead of a stack trace. */
public class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUse> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUse cause) {
    return new FailureAnalysis(
        "The data directory " + cause.dataDir() + " is locked by another running Tracker.",
        "Stop the other instance, or start this one with TRACKER_DATA_DIR=<another directory>,"
            + " or point both at one PostgreSQL server with TRACKER_DB_URL.",
        cause);
  }
}

package org.tracker.development.importing;

/** Writing an import failed on a conflict (e.g. a concurrent registration); nothing was written. */
public class ImportConflict extends RuntimeException {

  public ImportConflict(long line, String message, Throwable cause) {
    super(
        "line " + line + ": " + message + "; nothing was imported, the file may be sent again",
        cause);
  }
}

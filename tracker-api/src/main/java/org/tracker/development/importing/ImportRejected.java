package org.tracker.development.importing;

import java.util.List;

/**
 * An import file with bad lines: nothing was written. Lists the first errors (at most {@link
 * #LISTED}) and how many there are in all.
 */
public class ImportRejected extends RuntimeException {

  public static final int LISTED = 100;

  private final List<LineError> errors;
  private final long errorCount;
  private final long badLines;
  private final long lines;

  public ImportRejected(List<LineError> errors, long errorCount, long badLines, long lines) {
    super(badLines + " of " + lines + " lines are not valid; nothing was imported");
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
    this.badLines = badLines;
    this.lines = lines;
  }

  public List<LineError> errors() {
    return errors;
  }

  public long errorCount() {
    return errorCount;
  }

  public long badLines() {
    return badLines;
  }

  public long lines() {
    return lines;
  }
}

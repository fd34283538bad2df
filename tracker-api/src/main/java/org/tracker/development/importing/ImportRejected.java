package org.tracker.development.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracker.shared.Refusal;

/**
 * An import file with bad lines: nothing was written — a conflict when every bad line conflicts
 * with what is recorded, otherwise invalid input. Lists the first errors (at most {@link #LISTED})
 * and how many there are in all, as the answer's {@code errors}, {@code errorCount}, {@code
 * badLines}, {@code lines} and, when not all are listed, {@code moreErrors}.
 */
public class ImportRejected extends Refusal {

  public static final int LISTED = 100;

  private final List<LineError> errors;
  private final long errorCount;
  private final long badLines;
  private final long lines;

  public ImportRejected(List<LineError> errors, long errorCount, long badLines, long lines) {
    this(errors, errorCount, badLines, lines, false);
  }

  /**
   * @param conflicts every bad line conflicts with what is recorded (a registration saying
   *     something else, an id taken): a conflict rather than bad input
   */
  public ImportRejected(
      List<LineError> errors, long errorCount, long badLines, long lines, boolean conflicts) {
    super(
        conflicts ? Category.CONFLICT : Category.INVALID,
        badLines
            + " of "
            + lines
            + (conflicts
                ? " lines conflict with what is recorded; nothing was imported"
                : " lines are not valid; nothing was imported"),
        List.of(),
        counts(errors, errorCount, badLines, lines),
        null);
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
    this.badLines = badLines;
    this.lines = lines;
  }

  private static Map<String, Object> counts(
      List<LineError> errors, long errorCount, long badLines, long lines) {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("errors", List.copyOf(errors));
    counts.put("errorCount", errorCount);
    counts.put("badLines", badLines);
    counts.put("lines", lines);
    if (errorCount > errors.size()) {
      counts.put("moreErrors", errorCount - errors.size());
    }
    return counts;
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

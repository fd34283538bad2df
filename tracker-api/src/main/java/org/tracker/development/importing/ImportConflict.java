package org.tracker.development.importing;

import java.util.List;
import java.util.Map;
import org.tracker.shared.Refusal;

/** Writing an import failed on a conflict (e.g. a concurrent registration); nothing was written. */
public class ImportConflict extends Refusal {

  public ImportConflict(long line, String message, Throwable cause) {
    super(
        Category.CONFLICT,
        "line " + line + ": " + message + "; nothing was imported, the file may be sent again",
        List.of(),
        Map.of(),
        cause);
  }
}

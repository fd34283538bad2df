package org.tracker.development.importing;

import java.util.List;
import java.util.Map;
import org.tracker.shared.Refusal;

/** The database went out of reach while an import was written; nothing was written. */
public class ImportInterrupted extends Refusal {

  public ImportInterrupted(long line, Throwable cause) {
    super(
        Category.UNAVAILABLE,
        "the database was lost while line "
            + line
            + " was written; nothing was imported, send the file again shortly",
        List.of(),
        Map.of(),
        cause);
  }
}

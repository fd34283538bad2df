package org.tracker.development.importing;

import java.util.List;
import java.util.Map;
import org.tracker.shared.Refusal;

/**
 * An import with a line the caller's role may not write (a rung of the ladder by someone who is not
 * an ADMIN): nothing was written. Its detail names the line and says why; {@code line} is the
 * line's number.
 */
public class ImportForbidden extends Refusal {

  ImportForbidden(long line, Refusal refusal) {
    super(
        Category.FORBIDDEN,
        "line " + line + ": " + refusal.detail() + "; nothing was imported",
        List.of(),
        Map.of("line", line),
        refusal);
  }
}

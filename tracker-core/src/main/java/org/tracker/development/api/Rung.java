package org.tracker.development.api;

import java.util.Objects;
import java.util.regex.Pattern;
import org.tracker.shared.LocalizedText;

/**
 * One rung of the partnership ladder: its code (what a development's {@code level} names), its rank
 * (a higher rank is a closer partnership) and its names by language.
 */
public record Rung(String code, int rank, LocalizedText name) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

  /** The longest code a rung may have. */
  public static final int MAX_CODE = 64;

  public Rung {
    if (!isCode(code)) {
      throw new IllegalArgumentException(
          "'" + code + "' is not a rung's code: UPPER_SNAKE, up to " + MAX_CODE + " characters");
    }
    Objects.requireNonNull(name, "name");
  }

  /** Whether a text has the shape of a rung's code: UPPER_SNAKE, e.g. STRATEGIC_PARTNERSHIP. */
  public static boolean isCode(String code) {
    return code != null && code.length() <= MAX_CODE && CODE.matcher(code).matches();
  }

  public boolean isAbove(Rung other) {
    return rank > other.rank;
  }

  /** The code, as developments and messages write the rung. */
  @Override
  public String toString() {
    return code;
  }
}

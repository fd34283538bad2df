package org.tracker.shared;

/**
 * The one rule for free text a person writes (summaries, quotes, names, questions, reasons, notes),
 * in every feature: kept exactly as written — never trimmed or otherwise changed — not blank, and
 * at most {@link #MAX} characters. Each feature reports a problem in its own words' frame (a field
 * violation); the rule itself lives here.
 */
public final class Texts {

  /** The longest text accepted, in characters. */
  public static final int MAX = 10_000;

  private Texts() {}

  /** What is wrong with a required text, or null when it is fine. */
  public static String problem(String text) {
    if (text == null) {
      return "is required";
    }
    if (text.isBlank()) {
      return "is blank";
    }
    return text.length() > MAX ? "is longer than " + MAX + " characters" : null;
  }

  /** What is wrong with an optional text (absent or blank is fine: it means none), or null. */
  public static String problemIfGiven(String text) {
    return text == null || text.isBlank() ? null : problem(text);
  }

  /**
   * Where a text has half of a surrogate pair alone (such as a JSON {@code "\u005cud800"}), or -1
   * when it has none. Such a text is not Unicode: UTF-8 cannot carry it, so it could not be kept
   * exactly as written (PostgreSQL would store {@code ?}); it is refused instead.
   */
  public static int loneSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a pair: one character outside the basic plane
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** An optional text as kept: null when absent or blank, else exactly as written. */
  public static String orNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}

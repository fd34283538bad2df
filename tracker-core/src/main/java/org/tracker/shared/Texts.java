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

  /** An optional text as kept: null when absent or blank, else exactly as written. */
  public static String orNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}

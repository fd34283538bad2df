package org.tracker.shared;

import java.util.regex.Pattern;

/**
 * The shape of every id an analyst chooses for a thing (an agreement, project, proposal, document,
 * watch item): a–z, 0–9 and '-', starting with a letter or digit, 1–80 characters. Written once,
 * here; every feature and the dashboard's routes ask this class.
 */
public final class Slug {

  /** The pattern, for messages and for places that need the expression itself. */
  public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

  /** How the shape is described to a person. */
  public static final String DESCRIPTION = "a-z, 0-9 and '-', 1–80 characters";

  private Slug() {}

  public static boolean isValid(String text) {
    return text != null && PATTERN.matcher(text).matches();
  }
}

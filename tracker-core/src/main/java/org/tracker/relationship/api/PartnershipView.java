package org.tracker.relationship.api;

import java.util.List;
import org.tracker.shared.Certainty;
import org.tracker.shared.Hedged;
import org.tracker.shared.LocalizedText;

/**
 * The partnership in force: its ladder level (the rung's code) and that rung's names, the
 * partnership's verbatim label, since when the level holds (the date it was first reached: a
 * reaffirmation does not move it), how sure, which way the last change of level went ({@link #UP},
 * {@link #DOWN}, or null when the partnership was established at it) and the reaffirmations since
 * the level was reached, in date order.
 */
public record PartnershipView(
    String level,
    LocalizedText levelName,
    String label,
    String labelEn,
    String since,
    Certainty certainty,
    String direction,
    List<Reaffirmation> reaffirmed)
    implements Hedged.Since {

  /** The level was raised to where it is. */
  public static final String UP = "UP";

  /** The level was lowered to where it is: a downgrade. */
  public static final String DOWN = "DOWN";

  /** A PARTNERSHIP_REAFFIRMED: which development, when, at which level, how sure. */
  public record Reaffirmation(String developmentId, String date, String level, Certainty certainty)
      implements Hedged.On {}
}

package org.tracker.shared;

/**
 * How a source hedged a date (EDTF's qualifiers): {@code UNCERTAIN} for {@code ?} (the source is
 * not sure of it), {@code APPROXIMATE} for {@code ~} (about then), {@code
 * UNCERTAIN_AND_APPROXIMATE} for {@code %} (both). An unqualified date has none (null, absent from
 * answers).
 *
 * <p>Not to be confused with {@link Certainty}, which says whether the asked day lies after the
 * date's whole range (CERTAIN) or inside it (POSSIBLE): "2018?" asked on 2020-01-01 is CERTAIN to
 * have come and gone, and still an UNCERTAIN date.
 */
public enum DateQualifier {
  UNCERTAIN,
  APPROXIMATE,
  UNCERTAIN_AND_APPROXIMATE;

  /** The qualifier of a date, or null when the date is unqualified or absent. */
  public static DateQualifier of(PartialDate date) {
    if (date == null) {
      return null;
    }
    return switch (date.qualifier()) {
      case NONE -> null;
      case UNCERTAIN -> UNCERTAIN;
      case APPROXIMATE -> APPROXIMATE;
      case APPROXIMATE_AND_UNCERTAIN -> UNCERTAIN_AND_APPROXIMATE;
    };
  }

  /**
   * The qualifier of a date as answered ({@code "2018?"}), or null when it is unqualified, absent
   * or not a date at all: answers carry dates as text, and this reads the same symbols {@link
   * PartialDate} parses.
   */
  public static DateQualifier of(String date) {
    if (date == null || date.isEmpty()) {
      return null;
    }
    char last = date.charAt(date.length() - 1);
    if (Character.isDigit(last)) {
      return null; // the common case, without parsing
    }
    try {
      return of(PartialDate.parse(date));
    } catch (InvalidPartialDate e) {
      return null;
    }
  }
}

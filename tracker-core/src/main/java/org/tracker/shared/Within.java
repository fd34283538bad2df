package org.tracker.shared;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a partial date must lie in a range of days {@code from..to} (both inclusive, either open) to
 * count as within it. {@code POSSIBLY}: its days overlap the range (it may denote a day inside);
 * {@code CERTAINLY}: all its days lie inside (whichever day it denotes is inside). A development
 * dated {@code 2013} is possibly within 2013-10..2013-12 but not certainly; one dated {@code
 * 2013-11-05} is both.
 *
 * <p>Each way compares one end of the date's range with {@code from} and one with {@code to}; a
 * store that keeps both ends ({@code earliest}, {@code latest}) compares the ends named here.
 */
public enum Within {
  CERTAINLY(End.EARLIEST, End.LATEST),
  POSSIBLY(End.LATEST, End.EARLIEST);

  /** One end of a partial date's range of days. */
  public enum End {
    EARLIEST,
    LATEST;

    /** This end of the date's range. */
    public LocalDate of(PartialDate date) {
      return this == EARLIEST ? date.earliest() : date.latest();
    }
  }

  /** The one asked for when none is: what overlaps the range counts, as it always has. */
  public static final Within DEFAULT = POSSIBLY;

  /** How the accepted values are described to a person. */
  public static final String DESCRIPTION =
      Arrays.stream(values())
          .map(w -> w.name().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(" or "));

  private final End comparedWithFrom;
  private final End comparedWithTo;

  Within(End comparedWithFrom, End comparedWithTo) {
    this.comparedWithFrom = comparedWithFrom;
    this.comparedWithTo = comparedWithTo;
  }

  /** The end of a date's range that must fall on or after {@code from}. */
  public End comparedWithFrom() {
    return comparedWithFrom;
  }

  /** The end of a date's range that must fall on or before {@code to}. */
  public End comparedWithTo() {
    return comparedWithTo;
  }

  /** Whether the date lies within {@code from..to} this way (null: that side is open). */
  public boolean holds(PartialDate date, LocalDate from, LocalDate to) {
    return (from == null || !comparedWithFrom.of(date).isBefore(from))
        && (to == null || !comparedWithTo.of(date).isAfter(to));
  }

  /** The way named {@code certainly} or {@code possibly} (any case), if it is one. */
  public static Optional<Within> named(String text) {
    return Arrays.stream(values()).filter(w -> w.name().equalsIgnoreCase(text)).findFirst();
  }
}

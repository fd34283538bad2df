package org.tracker.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as its source: a year ({@code 2013}), a month ({@code 2013-09}) or a day
 * ({@code 2013-09-12}), optionally qualified as in EDTF level 1: {@code ~} approximate, {@code ?}
 * uncertain, {@code %} both.
 *
 * <p>It covers the closed range of days {@link #earliest()}..{@link #latest()}; a month-precision
 * date covers every day of its month. Parsing is strict: the text must be exactly one of the three
 * shapes with a real calendar date, years 0001–9999.
 */
public record PartialDate(int year, Integer month, Integer day, Qualifier qualifier)
    implements Comparable<PartialDate> {

  /** The first day Tracker speaks of: a partial date's years are 0001–9999. */
  public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

  /** The last day Tracker speaks of. */
  public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private static final Instant FIRST_MOMENT = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Instant AFTER_LAST_MOMENT =
      LAST_DAY.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

  private static final Pattern SHAPE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([~?%]?)");

  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  /** EDTF qualification of the whole date. */
  public enum Qualifier {
    NONE(""),
    APPROXIMATE("~"),
    UNCERTAIN("?"),
    APPROXIMATE_AND_UNCERTAIN("%");

    private final String symbol;

    Qualifier(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    static Qualifier of(String symbol) {
      for (Qualifier q : values()) {
        if (q.symbol.equals(symbol)) {
          return q;
        }
      }
      throw new IllegalArgumentException("unknown qualifier " + symbol);
    }
  }

  public PartialDate {
    Objects.requireNonNull(qualifier, "qualifier");
    if (day != null && month == null) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (year < FIRST_DAY.getYear() || year > LAST_DAY.getYear()) {
      throw new IllegalArgumentException("year must be 0001–9999");
    }
    try {
      if (day != null) {
        LocalDate.of(year, month, day);
      } else if (month != null) {
        YearMonth.of(year, month);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a calendar date", e);
    }
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, each optionally followed by one of
   * {@code ~ ? %}.
   *
   * @throws InvalidPartialDate naming what is wrong with the text
   */
  @JsonCreator
  public static PartialDate parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidPartialDate(text, "a date is required (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      throw new InvalidPartialDate(
          text, "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %");
    }
    int year = Integer.parseInt(m.group(1));
    Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    if (year == 0) {
      throw new InvalidPartialDate(text, "year 0000 does not exist");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new InvalidPartialDate(text, "month must be 01–12");
    }
    if (day != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
      throw new InvalidPartialDate(
          text, "day must be 01–" + YearMonth.of(year, month).lengthOfMonth() + " in that month");
    }
    return new PartialDate(year, month, day, Qualifier.of(m.group(4)));
  }

  /**
   * The day asked about, when it lies in {@link #FIRST_DAY}..{@link #LAST_DAY} — the days a date in
   * Tracker can denote, and the days the store can compare with.
   *
   * @throws Invalid naming {@code field} otherwise
   */
  public static LocalDate withinRange(String field, LocalDate day) {
    if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
      throw new Invalid(
          field, "'" + day + "' is outside the days Tracker knows (0001-01-01 to 9999-12-31)");
    }
    return day;
  }

  /**
   * The moment asked about, when it lies within the days of {@link #withinRange(String, LocalDate)}
   * (UTC).
   *
   * @throws Invalid naming {@code field} otherwise
   */
  public static Instant withinRange(String field, Instant moment) {
    if (moment != null && (moment.isBefore(FIRST_MOMENT) || !moment.isBefore(AFTER_LAST_MOMENT))) {
      throw new Invalid(
          field,
          "'"
              + moment
              + "' is outside the moments Tracker knows (0001-01-01T00:00:00Z to"
              + " 9999-12-31T23:59:59Z)");
    }
    return moment;
  }

  public static PartialDate ofDay(LocalDate date) {
    return new PartialDate(
        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Qualifier.NONE);
  }

  public Precision precision() {
    return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day this date may denote. */
  public LocalDate earliest() {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /** The last day this date may denote (inclusive). */
  public LocalDate latest() {
    if (day != null) {
      return LocalDate.of(year, month, day);
    }
    if (month != null) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  /** Whether the given day lies within this date's range. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(earliest()) && !date.isAfter(latest());
  }

  /** Orders by earliest day, then by precision (coarser first), then by qualifier. */
  @Override
  public int compareTo(PartialDate other) {
    int c = earliest().compareTo(other.earliest());
    if (c != 0) {
      return c;
    }
    c = precision().compareTo(other.precision());
    return c != 0 ? c : qualifier.compareTo(other.qualifier);
  }

  @JsonValue
  @Override
  public String toString() {
    // by hand rather than String.format: this runs for every date of every stored event
    StringBuilder s = new StringBuilder(11);
    pad(s, year, 4);
    if (month != null) {
      pad(s.append('-'), month, 2);
    }
    if (day != null) {
      pad(s.append('-'), day, 2);
    }
    return s.append(qualifier.symbol()).toString();
  }

  private static void pad(StringBuilder s, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      s.append('0');
    }
    s.append(digits);
  }
}

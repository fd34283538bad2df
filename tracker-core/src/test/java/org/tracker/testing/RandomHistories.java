package org.tracker.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.tracker.fact.api.Fact;
import org.tracker.shared.PartialDate;

/**
 * Generated histories for properties of the folds: partial dates of year, month or day precision
 * (some qualified), and the same facts recorded in another order. Everything comes from one seed,
 * so a failing case is replayed by its seed.
 */
public final class RandomHistories {

  /** How many generated histories each property checks. */
  public static final int TRIES = 200;

  private static final String[] QUALIFIERS = {"", "", "", "", "~", "?", "%"};

  private RandomHistories() {}

  /** The seeds a property runs with, one test case each. */
  public static Stream<Long> seeds() {
    return LongStream.range(0, TRIES).boxed();
  }

  /**
   * {@code count} partial dates between {@code fromYear} and {@code toYear}, no two of which
   * compare equal (so the world order of facts bearing them does not fall back on log position), in
   * no particular order.
   */
  public static List<String> distinctDates(Random random, int count, int fromYear, int toYear) {
    TreeSet<PartialDate> dates = new TreeSet<>();
    while (dates.size() < count) {
      dates.add(PartialDate.parse(date(random, fromYear, toYear)));
    }
    List<String> texts = new ArrayList<>(dates.stream().map(PartialDate::toString).toList());
    Collections.shuffle(texts, random);
    return texts;
  }

  /** A partial date of random precision between the two years, sometimes qualified. */
  public static String date(Random random, int fromYear, int toYear) {
    LocalDate day = day(random, fromYear, toYear);
    String text =
        switch (random.nextInt(3)) {
          case 0 -> String.format("%04d", day.getYear());
          case 1 -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
          default -> day.toString();
        };
    return text + QUALIFIERS[random.nextInt(QUALIFIERS.length)];
  }

  /** A day between the first day of {@code fromYear} and the last of {@code toYear}. */
  public static LocalDate day(Random random, int fromYear, int toYear) {
    LocalDate first = LocalDate.of(fromYear, 1, 1);
    long days = LocalDate.of(toYear, 12, 31).toEpochDay() - first.toEpochDay() + 1;
    return first.plusDays(random.nextLong(days));
  }

  /** One of the values, picked at random. */
  @SafeVarargs
  public static <T> T oneOf(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }

  /**
   * The same facts, recorded in a random order: each gets a new log position (1..n, shuffled), and
   * the list comes back in an order of its own too.
   */
  public static List<Fact> recordedInRandomOrder(Random random, List<Fact> facts) {
    List<Long> positions = new ArrayList<>();
    for (long p = 1; p <= facts.size(); p++) {
      positions.add(p);
    }
    Collections.shuffle(positions, random);
    List<Fact> recorded = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      recorded.add(FactFixtures.at(positions.get(i), facts.get(i)));
    }
    Collections.shuffle(recorded, random);
    return recorded;
  }

  /** A fold's answer for facts as of a day. */
  @FunctionalInterface
  public interface Fold<V> {
    V answer(List<Fact> facts, LocalDate asOf);
  }

  /**
   * Asserts that the fold answers the same for a generated history recorded in two random orders,
   * asked on a generated day between 1999 and 2011.
   */
  public static <V> void assertOrderDoesNotMatter(
      long seed, Function<Random, List<Fact>> histories, Fold<V> fold) {
    Random random = new Random(seed);
    List<Fact> history = histories.apply(random);
    LocalDate asOf = day(random, 1999, 2011);
    V once = fold.answer(recordedInRandomOrder(random, history), asOf);
    V again = fold.answer(recordedInRandomOrder(random, history), asOf);
    assertThat(again).as(() -> "history " + history + " as of " + asOf).isEqualTo(once);
  }

  /** Asserts that what is dated wholly after the day has no say in the fold's answer. */
  public static <V> void assertLaterDevelopmentsDoNotMatter(
      long seed, Function<Random, List<Fact>> histories, Fold<V> fold) {
    Random random = new Random(seed);
    List<Fact> history = histories.apply(random);
    LocalDate asOf = day(random, 1999, 2011);
    List<Fact> upToTheDay =
        history.stream().filter(f -> !f.date().earliest().isAfter(asOf)).toList();
    assertThat(fold.answer(history, asOf))
        .as(() -> "history " + history + " as of " + asOf)
        .isEqualTo(fold.answer(upToTheDay, asOf));
  }
}

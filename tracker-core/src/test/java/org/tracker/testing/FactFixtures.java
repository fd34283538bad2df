package org.tracker.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;
import org.tracker.fact.api.Fact;
import org.tracker.shared.ActorCode;
import org.tracker.shared.PartialDate;

/**
 * Facts as the facts projection hands them to the folds, built from a development's public wire
 * shape: its type, its date as an analyst writes it, its actors and its attribute map. Each fact
 * gets the next log position and an id of its own.
 */
public final class FactFixtures {

  private static final AtomicLong POSITIONS = new AtomicLong();

  private FactFixtures() {}

  /**
   * A fact at the next log position.
   *
   * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (null for registrations)
   * @param actors actor codes separated by spaces, e.g. {@code "CHN TKM"} ("" for none)
   * @param attributes attribute names and values, in pairs
   */
  public static Fact fact(DevelopmentType type, String date, String actors, Object... attributes) {
    return fact(type, date, codes(actors), attributes(attributes));
  }

  /** A fact at the next log position, from its parts. */
  public static Fact fact(
      DevelopmentType type, String date, List<ActorCode> actors, Map<String, Object> attributes) {
    long position = POSITIONS.incrementAndGet();
    DevelopmentContent content =
        new DevelopmentContent(
            type,
            date == null ? null : PartialDate.parse(date),
            actors,
            attributes,
            null,
            List.of());
    return new Fact(
        new DevelopmentId(new UUID(0x7ac7L, position)),
        1,
        content,
        Instant.EPOCH.plusSeconds(position),
        position);
  }

  /** The same version of the same development, recorded at another log position. */
  public static Fact at(long position, Fact fact) {
    return new Fact(
        fact.developmentId(),
        fact.version(),
        fact.content(),
        Instant.EPOCH.plusSeconds(position),
        position);
  }

  /** Attribute names and values, in pairs, in order. */
  public static Map<String, Object> attributes(Object... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** Actor codes separated by spaces ("" for none). */
  public static List<ActorCode> codes(String actors) {
    List<ActorCode> codes = new ArrayList<>();
    Arrays.stream(actors.trim().split("\\s+"))
        .filter(code -> !code.isEmpty())
        .map(ActorCode::of)
        .forEach(codes::add);
    return codes;
  }

  /** The ids of these facts, in order: what a view's basis lists. */
  public static List<String> ids(Fact... facts) {
    return Arrays.stream(facts).map(Fact::id).toList();
  }
}

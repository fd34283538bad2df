package org.tracker.development.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Admiralty (NATO) grading of sources: a document's <em>reliability</em> (A–F, the source's
 * record) and a citation's <em>credibility</em> (1–6, this piece of information). Both are
 * optional; the one rule for which values exist, and what each means, wherever they are checked,
 * documented or shown.
 */
public final class SourceGrades {

  private SourceGrades() {}

  /** A document's reliability, best first, and what each grade means. */
  public static final Map<String, String> RELIABILITY =
      orderedMap(
          "A", "completely reliable",
          "B", "usually reliable",
          "C", "fairly reliable",
          "D", "not usually reliable",
          "E", "unreliable",
          "F", "reliability cannot be judged");

  /** A citation's credibility, best first, and what each grade means. */
  public static final Map<Integer, String> CREDIBILITY =
      orderedMap(
          1, "confirmed by other sources",
          2, "probably true",
          3, "possibly true",
          4, "doubtful",
          5, "improbable",
          6, "truth cannot be judged");

  /** The reliability grades, A to F. */
  public static List<String> reliabilities() {
    return List.copyOf(RELIABILITY.keySet());
  }

  /** The reliability grades with their meanings, e.g. "A completely reliable, B usually …". */
  public static String reliabilityScale() {
    return String.join(
        ", ", RELIABILITY.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
  }

  /** Whether a credibility grade is one of 1–6 (null, no grade, is allowed too). */
  public static boolean isCredibility(Integer grade) {
    return grade == null || CREDIBILITY.containsKey(grade);
  }

  /** What a violation says of a credibility outside 1–6. */
  public static String credibilityProblem() {
    return "must be an integer 1–6 (Admiralty scale: 1 confirmed … 6 truth cannot be judged)";
  }

  private static <K> Map<K, String> orderedMap(
      K k1,
      String v1,
      K k2,
      String v2,
      K k3,
      String v3,
      K k4,
      String v4,
      K k5,
      String v5,
      K k6,
      String v6) {
    Map<K, String> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    map.put(k3, v3);
    map.put(k4, v4);
    map.put(k5, v5);
    map.put(k6, v6);
    return Collections.unmodifiableMap(map);
  }
}

package org.tracker.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A text in one or more languages, each under its BCP-47 language tag ({@code en}, {@code zh-Hant},
 * {@code zh-Hans}, {@code ru}, ...), in JSON an object: {@code {"en": "…", "zh-Hant": "…"}}.
 *
 * <p>The rules of a valid text live here, in {@link #problems(int)}: at least one non-blank text,
 * every key a well-formed BCP-47 tag, no language twice. A tag is kept as written; entries are held
 * in the order of their tags (so equal texts are written alike, whatever order they came in).
 * Reading JSON keeps whatever was sent, so that a validator can name each wrong entry; {@link
 * #of(Map)} refuses an invalid text outright.
 */
public final class LocalizedText {

  /** One thing wrong with a text: the tag of the entry it concerns (null: the whole text). */
  public record Problem(String tag, String message) {}

  private static final Comparator<String> TAG_ORDER =
      Comparator.comparing((String tag) -> tag.toLowerCase(Locale.ROOT))
          .thenComparing(Comparator.naturalOrder());

  private final Map<String, String> texts;

  /** English and traditional Chinese; either may be null (absent). */
  public LocalizedText(String en, String zhHant) {
    this(pair(en, zhHant));
  }

  private LocalizedText(Map<String, String> texts) {
    Map<String, String> ordered = new LinkedHashMap<>();
    texts.keySet().stream()
        .filter(Objects::nonNull)
        .sorted(TAG_ORDER)
        .forEach(
            tag -> {
              if (texts.get(tag) != null) {
                ordered.put(tag, texts.get(tag));
              }
            });
    this.texts = Collections.unmodifiableMap(ordered);
  }

  private static Map<String, String> pair(String en, String zhHant) {
    Map<String, String> texts = new HashMap<>();
    texts.put("en", en);
    texts.put("zh-Hant", zhHant);
    return texts;
  }

  /**
   * The texts as written (null entries left out), valid or not: what JSON reads, for a validator to
   * judge with {@link #problems(int)}.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LocalizedText read(Map<String, String> texts) {
    return new LocalizedText(texts == null ? Map.of() : texts);
  }

  /**
   * A valid text.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static LocalizedText of(Map<String, String> texts) {
    LocalizedText text = read(texts);
    List<Problem> problems = text.problems(Integer.MAX_VALUE);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          problems.stream()
              .map(p -> (p.tag() == null ? "" : "'" + p.tag() + "' ") + p.message())
              .toList()
              .toString());
    }
    return text;
  }

  /** The texts by tag, in tag order. */
  @JsonValue
  public Map<String, String> texts() {
    return texts;
  }

  /** The tags, as written. */
  @JsonIgnore
  public List<String> tags() {
    return List.copyOf(texts.keySet());
  }

  /** Whether there is no non-blank text. */
  @JsonIgnore
  public boolean isEmpty() {
    return texts.values().stream().allMatch(String::isBlank);
  }

  /** The text under exactly this tag (compared as BCP-47 does, ignoring case), if any. */
  public Optional<String> get(String tag) {
    String wanted = canonical(tag);
    return texts.entrySet().stream()
        .filter(e -> canonical(e.getKey()).equals(wanted))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** The English text, or null. */
  public String en() {
    return get("en").orElse(null);
  }

  /** The traditional Chinese text, or null. */
  public String zhHant() {
    return get("zh-Hant").orElse(null);
  }

  /** The simplified Chinese text, or null. */
  public String zhHans() {
    return get("zh-Hans").orElse(null);
  }

  /**
   * The text in the asked language, or the nearest there is: the exact tag, else the same language
   * under another tag (zh-Hant for zh-Hans), else English, else the first text; null when empty.
   */
  public String in(String language) {
    if (language != null) {
      Optional<String> exact = get(language);
      if (exact.isPresent()) {
        return exact.get();
      }
      String primary = primary(language);
      if (!primary.isEmpty()) {
        for (Map.Entry<String, String> e : texts.entrySet()) {
          if (primary(e.getKey()).equals(primary)) {
            return e.getValue();
          }
        }
      }
    }
    return get("en").orElseGet(() -> texts.values().stream().findFirst().orElse(null));
  }

  /**
   * What is wrong with this text, in tag order; empty when it is valid: at least one text, each
   * under a well-formed BCP-47 tag naming a language not named before, each non-blank and at most
   * {@code maxLength} characters.
   */
  public List<Problem> problems(int maxLength) {
    List<Problem> problems = new ArrayList<>();
    if (texts.isEmpty()) {
      problems.add(
          new Problem(
              null,
              "is required: texts by BCP-47 language tag, e.g. {\"en\": \"…\", \"zh-Hant\": \"…\"},"
                  + " at least one"));
      return problems;
    }
    Map<String, String> seen = new HashMap<>();
    texts.forEach(
        (tag, text) -> {
          if (!isTag(tag)) {
            problems.add(
                new Problem(
                    tag,
                    "'"
                        + shorten(tag)
                        + "' is not a BCP-47 language tag; e.g. en, zh-Hant, zh-Hans, ru"));
          } else if (seen.putIfAbsent(canonical(tag), tag) != null) {
            problems.add(
                new Problem(tag, "names the same language as '" + seen.get(canonical(tag)) + "'"));
          } else if (text.isBlank()) {
            problems.add(new Problem(tag, "must be a non-blank string"));
          } else if (text.length() > maxLength) {
            problems.add(new Problem(tag, "is longer than " + maxLength + " characters"));
          }
        });
    return problems;
  }

  /** Whether a key is a well-formed BCP-47 language tag. */
  public static boolean isTag(String tag) {
    if (tag == null || tag.isEmpty()) {
      return false;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  /** A tag in BCP-47's canonical case (as given, lower-cased, when it is not well-formed). */
  private static String canonical(String tag) {
    if (isTag(tag)) {
      return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
    }
    return tag == null ? "" : tag.toLowerCase(Locale.ROOT);
  }

  /** The language subtag ({@code zh} of {@code zh-Hant}); empty when there is none. */
  private static String primary(String tag) {
    return isTag(tag) ? new Locale.Builder().setLanguageTag(tag).build().getLanguage() : "";
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LocalizedText t && texts.equals(t.texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  @Override
  public String toString() {
    return texts.toString();
  }
}

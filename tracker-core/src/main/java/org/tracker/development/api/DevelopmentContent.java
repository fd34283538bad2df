package org.tracker.development.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracker.shared.ActorCode;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.PartialDate;

/**
 * What a development says, validated and normalised: its type, business date (null only for
 * registrations), actors, per-type attributes (values: strings, numbers, booleans, lists of
 * strings, or {@code {en, zh-Hant}} names), bilingual summary and citations.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DevelopmentContent(
    DevelopmentType type,
    PartialDate date,
    List<ActorCode> actors,
    Map<String, Object> attributes,
    LocalizedText summary,
    List<Citation> sources) {

  public DevelopmentContent {
    actors = actors == null ? List.of() : List.copyOf(actors);
    attributes = normalised(attributes);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /**
   * Attributes in a form where equal content is equal in Java: numbers as BigDecimal (however JSON
   * read them), order kept, unmodifiable.
   */
  private static Map<String, Object> normalised(Map<String, Object> attributes) {
    if (attributes == null) {
      return Map.of();
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    attributes.forEach(
        (name, value) ->
            copy.put(name, value instanceof Number n ? new BigDecimal(n.toString()) : value));
    return Collections.unmodifiableMap(copy);
  }

  /** A text attribute, or null when absent. */
  public String text(String name) {
    Object value = attributes.get(name);
    return value == null ? null : value.toString();
  }
}

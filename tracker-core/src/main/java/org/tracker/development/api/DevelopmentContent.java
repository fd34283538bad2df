package org.tracker.development.api;

import com.fasterxml.jackson.annotation.JsonInclude;
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
    attributes = attributes == null ? Map.of() : attributes;
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** A text attribute, or null when absent. */
  public String text(String name) {
    Object value = attributes.get(name);
    return value == null ? null : value.toString();
  }
}

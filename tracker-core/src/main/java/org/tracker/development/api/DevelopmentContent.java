package org.tracker.development.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * strings, or names by language tag), summary (by language tag) and citations. Read the attributes
 * through their typed view, {@link #terms()}.
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

  /** The attributes as the type's typed view. */
  @JsonIgnore
  public Terms terms() {
    return Terms.of(this);
  }

  /**
   * The attributes as the typed view {@code view}.
   *
   * @throws IllegalArgumentException when this type's view is another one
   */
  public <T extends Terms> T as(Class<T> view) {
    Terms terms = terms();
    if (!view.isInstance(terms)) {
      throw new IllegalArgumentException(
          "a " + type + " is read as " + terms.getClass().getSimpleName() + ", not as " + view);
    }
    return view.cast(terms);
  }

  /** A text attribute, or null when absent (folds read {@link #terms()} instead). */
  public String text(String name) {
    Object value = attributes.get(name);
    return value == null ? null : value.toString();
  }
}

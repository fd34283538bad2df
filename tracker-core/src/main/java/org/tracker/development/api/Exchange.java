package org.tracker.development.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A visit, meeting or statement: the kind of visit ({@code level}: STATE, OFFICIAL ...), where, who
 * travelled, on what occasion, about what topic (whichever the type carries; others null).
 */
public record Exchange(
    String visitLevel, String place, String person, String occasion, String topic)
    implements Terms {

  @Override
  public String subject() {
    return null;
  }

  @Override
  public List<String> searchable() {
    return Stream.of(place).filter(Objects::nonNull).toList();
  }
}

package org.tracker.watch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.ActorCode;

/**
 * What would bear on a watch item: developments of these types, naming these actors (all of them),
 * about these subjects (an agreement, project, proposal or organisation id: any of them), with
 * these attribute values. Empty parts match anything; at least types or subjects are given.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WatchRule(
    List<DevelopmentType> types,
    List<ActorCode> actors,
    List<String> subjects,
    Map<String, Object> attributes) {

  public WatchRule {
    types = types == null ? List.of() : List.copyOf(types);
    actors = actors == null ? List.of() : List.copyOf(actors);
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }
}

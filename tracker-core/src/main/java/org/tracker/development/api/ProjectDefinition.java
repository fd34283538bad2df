package org.tracker.development.api;

import java.util.List;
import org.tracker.shared.ActorCode;
import org.tracker.shared.LocalizedText;

/**
 * A project's definition: its id, names, the project it is part of, what kind of thing it is, what
 * it carries and where that comes from (absent ones null).
 */
public record ProjectDefinition(
    String projectId,
    LocalizedText name,
    String parent,
    String kind,
    String carries,
    ActorCode origin)
    implements Terms {

  @Override
  public String subject() {
    return projectId;
  }

  @Override
  public List<String> searchable() {
    return name == null ? List.of() : List.copyOf(name.texts().values());
  }
}

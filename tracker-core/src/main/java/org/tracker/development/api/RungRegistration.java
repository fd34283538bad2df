package org.tracker.development.api;

import java.util.List;
import org.tracker.shared.LocalizedText;

/** A PARTNERSHIP_LEVEL_REGISTERED's attributes: the new rung's code, rank and names. */
public record RungRegistration(String code, int rank, LocalizedText name) implements Terms {

  /** The rung it adds to the ladder. */
  public Rung rung() {
    return new Rung(code, rank, name);
  }

  @Override
  public String subject() {
    return code;
  }

  @Override
  public List<String> searchable() {
    return List.copyOf(name.texts().values());
  }
}

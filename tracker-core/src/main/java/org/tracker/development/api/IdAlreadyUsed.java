package org.tracker.development.api;

import org.tracker.shared.Refusal;

/** A client reused a development's id for different content. Nothing was recorded (a conflict). */
public class IdAlreadyUsed extends Refusal {

  public IdAlreadyUsed(DevelopmentId id, int version) {
    super(
        Category.CONFLICT,
        version == 1
            ? "development "
                + id
                + " already exists with different content; to change it, record a correction"
                + " with POST /api/developments/"
                + id
                + "/corrections"
            : "version "
                + version
                + " of development "
                + id
                + " already exists with other content");
  }
}

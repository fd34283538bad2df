package org.tracker.development.api;

/** A client reused a development's id for different content. Nothing was recorded. */
public class IdAlreadyUsed extends RuntimeException {

  public IdAlreadyUsed(DevelopmentId id, int version) {
    super(
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

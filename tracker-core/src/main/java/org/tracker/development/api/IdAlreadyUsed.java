package org.tracker.development.api;

/**
 * A client reused a development's id (or a version of it) for different content. Nothing was
 * recorded (a conflict).
 */
public class IdAlreadyUsed extends DevelopmentRuleViolation {

  /**
   * @param version the version asked for, which exists with other content
   * @param current the development's current version
   */
  public IdAlreadyUsed(DevelopmentId id, int version, int current) {
    super(
        Category.CONFLICT,
        version == 1 ? "id" : "version",
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
                + " already exists with other content: it is at version "
                + current
                + "; a correction creates version "
                + (current + 1));
  }
}

package org.tracker.shared;

import java.util.List;

/** Keys of the metadata every stored event carries (copied from the command that caused it). */
public final class MetaDataKeys {

  /** Who recorded it. */
  public static final String RECORDED_BY = "recordedBy";

  /** When it was recorded, as an ISO instant. */
  public static final String RECORDED_AT = "recordedAt";

  /** The import that wrote it, if any. */
  public static final String IMPORT = "import";

  public static final List<String> ALL = List.of(RECORDED_BY, RECORDED_AT, IMPORT);

  private MetaDataKeys() {}
}

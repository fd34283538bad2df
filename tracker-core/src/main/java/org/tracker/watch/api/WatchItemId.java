package org.tracker.watch.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.tracker.shared.Slug;

/** A watch item's id: lower-case letters, digits and hyphens, like other ids analysts choose. */
public record WatchItemId(String value) {

  public WatchItemId {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a watch item id (a-z, 0-9 and '-', 1–80 characters)");
    }
  }

  public static boolean isValid(String value) {
    return Slug.isValid(value);
  }

  @JsonCreator
  public static WatchItemId of(String value) {
    return new WatchItemId(value);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}

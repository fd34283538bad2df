package org.tracker.fact.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The facts known at a moment: recorded by then and not yet superseded. Columns are qualified with
 * {@code alias} ("f.", "t.", or "" for none).
 */
record Known(String sql, List<Object> args) {

  static Known at(Instant knownAt) {
    return at(knownAt, "");
  }

  static Known at(Instant knownAt, String alias) {
    if (knownAt == null) {
      return new Known(alias + "superseded_at IS NULL", List.of());
    }
    Timestamp t = Timestamp.from(knownAt);
    return new Known(
        "%1$srecorded_at <= ? AND (%1$ssuperseded_at IS NULL OR %1$ssuperseded_at > ?)"
            .formatted(alias),
        List.of(t, t));
  }
}

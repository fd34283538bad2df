package org.tracker.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.tracker.audit.chain.Chain.StoredEvent;

/** Reading the chain's rows. */
final class Rows {

  private Rows() {}

  /** The event on the current row, read from {@link Chain#COLUMNS}. */
  static StoredEvent event(ResultSet rs) throws SQLException {
    return new StoredEvent(
        rs.getLong("global_index"),
        rs.getString("event_identifier"),
        rs.getString("aggregate_identifier"),
        rs.getString("type"),
        rs.getLong("sequence_number"),
        rs.getString("time_stamp"),
        rs.getString("payload_type"),
        rs.getString("payload_revision"),
        rs.getString("payload"),
        rs.getString("meta_data"));
  }
}

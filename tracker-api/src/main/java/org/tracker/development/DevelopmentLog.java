package org.tracker.development;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentEvent;
import org.tracker.development.api.DevelopmentHistory;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentState;
import org.tracker.development.api.RecordDevelopment;
import org.tracker.shared.MetaDataKeys;
import org.tracker.shared.PartialDate;
import org.tracker.watch.api.DevelopmentStates;

/**
 * Reads developments from their streams in the log: the authority on what exists, at which version,
 * with which content, as {@link DevelopmentRules} folds it. Streams are short, so this is cheap,
 * and it is never behind.
 */
@Component
public class DevelopmentLog implements DevelopmentStates {

  private final EventStore eventStore;
  private final JdbcClient jdbc;

  public DevelopmentLog(EventStore eventStore, JdbcClient jdbc) {
    this.eventStore = eventStore;
    this.jdbc = jdbc;
  }

  @Override
  public boolean exists(DevelopmentId id) {
    return eventStore.lastSequenceNumberFor(id.toString()).isPresent();
  }

  @Override
  public boolean isRetracted(DevelopmentId id) {
    return load(id).map(DevelopmentHistory::retracted).orElse(false);
  }

  @Override
  public PartialDate date(DevelopmentId id) {
    return load(id)
        .map(history -> history.state().content())
        .map(DevelopmentContent::date)
        .orElse(null);
  }

  @Override
  public DevelopmentContent current(DevelopmentId id) {
    return load(id)
        .filter(history -> !history.retracted())
        .map(DevelopmentHistory::current)
        .orElse(null);
  }

  public Optional<DevelopmentHistory> load(DevelopmentId id) {
    List<DevelopmentHistory.Entry> entries =
        eventStore
            .readEvents(id.toString())
            .asStream()
            .filter(event -> event.getPayload() instanceof DevelopmentEvent)
            .map(
                event ->
                    new DevelopmentHistory.Entry(
                        event.getSequenceNumber(),
                        (DevelopmentEvent) event.getPayload(),
                        event.getTimestamp(),
                        String.valueOf(event.getMetaData().get(MetaDataKeys.RECORDED_BY))))
            .toList();
    return Optional.ofNullable(DevelopmentRules.history(entries));
  }

  /**
   * The history of a development this request has just recorded with {@code content}: the content
   * is the command's own, so only the stored event's time and author are read back (one indexed
   * row, no payload to parse) instead of replaying the stream.
   */
  public DevelopmentHistory recorded(DevelopmentId id, DevelopmentContent content) {
    return jdbc.sql(
            "SELECT time_stamp, meta_data::jsonb ->> ? FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0")
        .param(MetaDataKeys.RECORDED_BY)
        .param(id.toString())
        .query(
            (row, n) ->
                DevelopmentRules.history(
                    List.of(
                        new DevelopmentHistory.Entry(
                            0,
                            recording(id, content),
                            DateTimeUtils.parseInstant(row.getString(1)),
                            String.valueOf(row.getString(2))))))
        .single();
  }

  /** The event the rule book decides for recording {@code content} under {@code id}. */
  private static DevelopmentEvent recording(DevelopmentId id, DevelopmentContent content) {
    return DevelopmentRules.decide(DevelopmentState.NONE, new RecordDevelopment(id, content))
        .get(0);
  }

  /** Those of the ids that exist, with their histories; one query to find which exist. */
  public Map<DevelopmentId, DevelopmentHistory> loadAll(Collection<DevelopmentId> ids) {
    Map<DevelopmentId, DevelopmentHistory> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    String[] keys = ids.stream().map(DevelopmentId::toString).distinct().toArray(String[]::new);
    jdbc.sql(
            "SELECT aggregate_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ANY(?) AND sequence_number = 0")
        .param(keys)
        .query(String.class)
        .list()
        .forEach(
            key -> {
              DevelopmentId id = new DevelopmentId(UUID.fromString(key));
              load(id).ifPresent(history -> found.put(id, history));
            });
    return found;
  }
}

package org.tracker.development.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.tracker.development.api.Citation;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.registry.api.RecordedDevelopment;
import org.tracker.shared.LocalizedText;
import org.tracker.shared.MetaDataKeys;

/**
 * A development as the API shows it: its content as now known (latest version), whether it is
 * retracted, who first recorded it when, and its full history of revisions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DevelopmentView(
    String id,
    String type,
    String date,
    List<String> actors,
    Map<String, Object> attributes,
    LocalizedText summary,
    List<Citation> sources,
    int version,
    boolean retracted,
    Instant recordedAt,
    String recordedBy,
    List<RevisionView> history) {

  /** One revision: what it did, to which version, why, who and when, and that version's content. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RevisionView(
      String kind,
      int version,
      String reason,
      Instant recordedAt,
      String recordedBy,
      String type,
      String date,
      List<String> actors,
      Map<String, Object> attributes,
      LocalizedText summary,
      List<Citation> sources) {

    /** A revision from a stored event of the development's stream. */
    static RevisionView of(DomainEventMessage<?> event) {
      String by = String.valueOf(event.getMetaData().get(MetaDataKeys.RECORDED_BY));
      Object payload = event.getPayload();
      if (payload instanceof DevelopmentRecorded r) {
        return of("RECORDED", 1, null, event, by, r.content());
      }
      if (payload instanceof DevelopmentCorrected c) {
        return of("CORRECTED", c.version(), c.reason(), event, by, c.content());
      }
      if (payload instanceof DevelopmentRetracted x) {
        return of("RETRACTED", x.version(), x.reason(), event, by, null);
      }
      return null;
    }

    private static RevisionView of(
        String kind,
        int version,
        String reason,
        DomainEventMessage<?> event,
        String by,
        DevelopmentContent c) {
      return new RevisionView(
          kind,
          version,
          reason,
          event.getTimestamp(),
          by,
          c == null ? null : c.type().name(),
          c == null || c.date() == null ? null : c.date().toString(),
          c == null ? null : DevelopmentView.actors(c),
          c == null ? null : c.attributes(),
          c == null ? null : c.summary(),
          c == null ? null : c.sources());
    }
  }

  /** The development as now known, with its history read from its stream in the log. */
  static DevelopmentView of(RecordedDevelopment d, List<RevisionView> history) {
    DevelopmentContent c = d.content();
    return new DevelopmentView(
        d.id().toString(),
        c.type().name(),
        c.date() == null ? null : c.date().toString(),
        actors(c),
        c.attributes(),
        c.summary(),
        c.sources(),
        d.version(),
        d.retracted(),
        d.first().recording().recordedAt(),
        d.first().recording().recordedBy(),
        history);
  }

  private static List<String> actors(DevelopmentContent c) {
    return c.actors().stream().map(Object::toString).toList();
  }
}

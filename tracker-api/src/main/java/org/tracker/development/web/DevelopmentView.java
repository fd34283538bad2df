package org.tracker.development.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tracker.development.api.Citation;
import org.tracker.registry.api.RecordedDevelopment;
import org.tracker.shared.LocalizedText;

/** A development as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DevelopmentView(
    String id,
    String type,
    String date,
    List<String> actors,
    Map<String, Object> attributes,
    LocalizedText summary,
    List<Citation> sources,
    Instant recordedAt,
    String recordedBy) {

  static DevelopmentView of(RecordedDevelopment d) {
    var c = d.content();
    return new DevelopmentView(
        d.id().toString(),
        c.type().name(),
        c.date() == null ? null : c.date().toString(),
        c.actors().stream().map(Object::toString).toList(),
        c.attributes(),
        c.summary(),
        c.sources(),
        d.recording().recordedAt(),
        d.recording().recordedBy());
  }
}

package org.tracker.fact.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentType;
import org.tracker.shared.ActorCode;
import org.tracker.shared.Certainty;
import org.tracker.shared.PartialDate;

/**
 * One version of one development as the facts projection holds it: its content, when it was
 * recorded and its position in the log. The world's date is in the content.
 */
public record Fact(
    DevelopmentId developmentId,
    int version,
    DevelopmentContent content,
    Instant recordedAt,
    long position) {

  /** World order: by date (earliest day, then coarser first), then by position in the log. */
  public static final Comparator<Fact> IN_DATE_ORDER =
      Comparator.comparing(Fact::date, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingLong(Fact::position);

  public DevelopmentType type() {
    return content.type();
  }

  public PartialDate date() {
    return content.date();
  }

  public List<ActorCode> actors() {
    return content.actors();
  }

  public String text(String attribute) {
    return content.text(attribute);
  }

  /** How sure it is that this fact had happened by day {@code asOf}; null if it had not. */
  public Certainty certaintyOn(LocalDate asOf) {
    return date() == null ? Certainty.CERTAIN : Certainty.of(date(), asOf);
  }

  public String id() {
    return developmentId.toString();
  }
}

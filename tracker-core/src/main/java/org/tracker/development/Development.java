package org.tracker.development;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.RecordDevelopment;

/**
 * One development's stream: recorded once, then (later) corrected or retracted. Streams stay short,
 * so loading one is cheap however large the log grows.
 */
public class Development {

  @AggregateIdentifier private DevelopmentId id;
  private DevelopmentContent content;

  protected Development() {
    // for Axon
  }

  @CommandHandler
  public Development(RecordDevelopment command) {
    apply(new DevelopmentRecorded(command.developmentId(), command.content()));
  }

  @EventSourcingHandler
  void on(DevelopmentRecorded event) {
    this.id = event.developmentId();
    this.content = event.content();
  }

  DevelopmentContent content() {
    return content;
  }
}

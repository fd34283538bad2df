package org.tracker.development;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.tracker.development.api.CorrectDevelopment;
import org.tracker.development.api.DevelopmentCommand;
import org.tracker.development.api.DevelopmentEvent;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentState;
import org.tracker.development.api.RecordDevelopment;
import org.tracker.development.api.RetractDevelopment;

/**
 * One development's stream as Axon's aggregate: every command is decided, and every event folded,
 * by {@link DevelopmentRules}; this class only hands them over. Streams stay short, so loading one
 * is cheap however large the log grows.
 */
public class Development {

  @AggregateIdentifier private DevelopmentId id;
  private DevelopmentState state = DevelopmentState.NONE;

  protected Development() {
    // for Axon
  }

  @CommandHandler
  public Development(RecordDevelopment command) {
    decide(command);
  }

  @CommandHandler
  void handle(CorrectDevelopment command) {
    decide(command);
  }

  @CommandHandler
  void handle(RetractDevelopment command) {
    decide(command);
  }

  private void decide(DevelopmentCommand command) {
    DevelopmentRules.decide(state, command).forEach(AggregateLifecycle::apply);
  }

  @EventSourcingHandler
  void on(DevelopmentEvent event) {
    state = DevelopmentRules.evolve(state, event);
    id = state.id();
  }
}

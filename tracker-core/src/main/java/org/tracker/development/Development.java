package org.tracker.development;

import java.util.List;
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

  /** Answers whether the correction was recorded (false: it repeats one already recorded). */
  @CommandHandler
  boolean handle(CorrectDevelopment command) {
    return decide(command);
  }

  /** Answers whether the retraction was recorded (false: it repeats the one already recorded). */
  @CommandHandler
  boolean handle(RetractDevelopment command) {
    return decide(command);
  }

  /**
   * Decides the command on the stream as it stands now (Axon loaded it under this aggregate's lock,
   * so a request that read an older state learns here that it came second) and answers whether it
   * recorded anything.
   */
  private boolean decide(DevelopmentCommand command) {
    List<DevelopmentEvent> events = DevelopmentRules.decide(state, command);
    events.forEach(AggregateLifecycle::apply);
    return !events.isEmpty();
  }

  @EventSourcingHandler
  void on(DevelopmentEvent event) {
    state = DevelopmentRules.evolve(state, event);
    id = state.id();
  }
}

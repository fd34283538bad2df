package org.tracker.development;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.tracker.development.api.CorrectDevelopment;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.development.api.DevelopmentRuleViolation;
import org.tracker.development.api.RecordDevelopment;
import org.tracker.development.api.RetractDevelopment;

/**
 * One development's stream: recorded once, then corrected (each correction a new, complete version)
 * or retracted. Nothing is ever edited: corrections and retractions are new events. Streams stay
 * short, so loading one is cheap however large the log grows.
 */
public class Development {

  @AggregateIdentifier private DevelopmentId id;
  private DevelopmentContent content;
  private int version;
  private boolean retracted;

  protected Development() {
    // for Axon
  }

  @CommandHandler
  public Development(RecordDevelopment command) {
    apply(new DevelopmentRecorded(command.developmentId(), command.content()));
  }

  @CommandHandler
  void handle(CorrectDevelopment command) {
    if (retracted) {
      throw new DevelopmentRuleViolation(
          "development " + id + " is retracted; record a new development instead");
    }
    if (command.version() != version + 1) {
      throw new DevelopmentRuleViolation(
          "development "
              + id
              + " is at version "
              + version
              + "; a correction creates version "
              + (version + 1)
              + ", not "
              + command.version());
    }
    if (content.type().isRegistration() != command.content().type().isRegistration()
        || (content.type().isRegistration() && content.type() != command.content().type())) {
      throw new DevelopmentRuleViolation(
          "a correction cannot turn a " + content.type() + " into a " + command.content().type());
    }
    String key = Registrations.keyOf(content);
    if (key != null && !key.equals(Registrations.keyOf(command.content()))) {
      throw new DevelopmentRuleViolation(
          "a registration's code or document id cannot be corrected; register another one");
    }
    apply(new DevelopmentCorrected(id, command.version(), command.content(), command.reason()));
  }

  @CommandHandler
  void handle(RetractDevelopment command) {
    if (retracted) {
      return; // already retracted: nothing new to record
    }
    if (content.type().isRegistration()) {
      throw new DevelopmentRuleViolation(
          "registrations cannot be retracted, because other developments may refer to them;"
              + " correct the registration instead");
    }
    apply(new DevelopmentRetracted(id, version, command.reason()));
  }

  @EventSourcingHandler
  void on(DevelopmentRecorded event) {
    this.id = event.developmentId();
    this.content = event.content();
    this.version = 1;
  }

  @EventSourcingHandler
  void on(DevelopmentCorrected event) {
    this.content = event.content();
    this.version = event.version();
  }

  @EventSourcingHandler
  void on(DevelopmentRetracted event) {
    this.retracted = true;
  }
}

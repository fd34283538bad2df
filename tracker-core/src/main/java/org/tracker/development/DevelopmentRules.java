package org.tracker.development;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tracker.development.api.CorrectDevelopment;
import org.tracker.development.api.DevelopmentCommand;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentEvent;
import org.tracker.development.api.DevelopmentHistory;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.development.api.DevelopmentRuleViolation;
import org.tracker.development.api.DevelopmentState;
import org.tracker.development.api.DevelopmentState.Version;
import org.tracker.development.api.IdAlreadyUsed;
import org.tracker.development.api.RecordDevelopment;
import org.tracker.development.api.RegistrationConflict;
import org.tracker.development.api.RetractDevelopment;
import org.tracker.development.api.UnknownDevelopment;

/**
 * The rule book of a development's stream, the one place its rules live: {@link #decide} answers a
 * command with the events it records (none: the same request again) or a typed refusal, and {@link
 * #evolve} folds an event into the state. The aggregate, the capture service, the importer and
 * every reader of a stream call these two.
 *
 * <ul>
 *   <li>A development is recorded once; the same id with the same content again records nothing,
 *       with other content it is refused — except a registration sent again, whose id follows from
 *       its key: saying no more records nothing, adding names or details records the registration's
 *       next version, contradicting it is a conflict naming the key and each field ({@link
 *       Registrations}).
 *   <li>A correction creates the next version, with the complete new content and a reason; asking
 *       for a version that exists with the same content and reason records nothing. A retracted
 *       development is not corrected. A correction cannot change whether (or what) a development
 *       registers.
 *   <li>A retraction withdraws the current version; the same retraction (the same reason) again
 *       records nothing, another one is refused: a development is retracted once. Registrations are
 *       not retracted (other developments may refer to them).
 * </ul>
 */
public final class DevelopmentRules {

  private DevelopmentRules() {}

  /**
   * The events a command records on a stream in {@code state} ({@link DevelopmentState#NONE} for a
   * stream not yet written); empty when it repeats what is recorded.
   *
   * @throws DevelopmentRuleViolation (or its {@link IdAlreadyUsed}) when a rule forbids it
   * @throws UnknownDevelopment when a correction or retraction names no recorded development
   */
  public static List<DevelopmentEvent> decide(DevelopmentState state, DevelopmentCommand command) {
    if (command instanceof RecordDevelopment record) {
      return record(state, record);
    }
    if (!state.exists()) {
      throw new UnknownDevelopment(command.developmentId().toString());
    }
    if (command instanceof CorrectDevelopment correction) {
      return correct(state, correction);
    }
    return retract(state, (RetractDevelopment) command);
  }

  /** The state after {@code event}. */
  public static DevelopmentState evolve(DevelopmentState state, DevelopmentEvent event) {
    if (event instanceof DevelopmentRecorded recorded) {
      return withVersion(
          new DevelopmentState(recorded.developmentId(), null, null, List.of(), false, null),
          recorded.content(),
          null);
    }
    if (event instanceof DevelopmentCorrected corrected) {
      return withVersion(state, corrected.content(), corrected.reason());
    }
    DevelopmentRetracted retracted = (DevelopmentRetracted) event;
    return new DevelopmentState(
        retracted.developmentId(),
        state.type(),
        state.registers(),
        state.versions(),
        true,
        retracted.reason());
  }

  /** The state of a stream after all of {@code events}, oldest first. */
  public static DevelopmentState fold(Iterable<? extends DevelopmentEvent> events) {
    DevelopmentState state = DevelopmentState.NONE;
    for (DevelopmentEvent event : events) {
      state = evolve(state, event);
    }
    return state;
  }

  /** A stream's history, its entries folded by this rule book; null when there are none. */
  public static DevelopmentHistory history(List<DevelopmentHistory.Entry> entries) {
    return DevelopmentHistory.of(entries, DevelopmentRules::evolve);
  }

  private static List<DevelopmentEvent> record(DevelopmentState state, RecordDevelopment command) {
    if (!state.exists()) {
      return List.of(new DevelopmentRecorded(command.developmentId(), command.content()));
    }
    if (state.versions().get(0).is(command.content(), null)) {
      return List.of();
    }
    if (registersAgain(state, command.content())) {
      return registeredAgain(state, command.content());
    }
    throw new IdAlreadyUsed(state.id(), 1, state.version());
  }

  private static boolean registersAgain(DevelopmentState state, DevelopmentContent content) {
    return state.isRegistration()
        && state.content() != null
        && state.type() == content.type()
        && Objects.equals(state.registers(), Registrations.keyOf(content));
  }

  /**
   * A registration sent again (its id follows from its key): a repeat records nothing, additions
   * are recorded as the registration's next version, a contradiction is refused ({@link
   * Registrations#compare}).
   */
  private static List<DevelopmentEvent> registeredAgain(
      DevelopmentState state, DevelopmentContent content) {
    Registrations.Comparison comparison = Registrations.compare(state.content(), content);
    if (comparison instanceof Registrations.Adds adds) {
      return List.of(
          new DevelopmentCorrected(state.id(), state.version() + 1, adds.merged(), adds.reason()));
    }
    if (comparison instanceof Registrations.Contradicts contradicts) {
      throw new RegistrationConflict(state.id(), state.registers(), contradicts.fields());
    }
    return List.of();
  }

  private static List<DevelopmentEvent> correct(
      DevelopmentState state, CorrectDevelopment command) {
    int version = command.version();
    if (version >= 1 && version <= state.version()) {
      if (state.versions().get(version - 1).is(command.content(), command.reason())) {
        return List.of();
      }
      throw new IdAlreadyUsed(state.id(), version, state.version());
    }
    if (state.retracted()) {
      throw new DevelopmentRuleViolation(
          "correctionOf",
          "development " + state.id() + " is retracted; record a new development instead");
    }
    if (version != state.version() + 1) {
      throw new DevelopmentRuleViolation(
          "version",
          "development "
              + state.id()
              + " is at version "
              + state.version()
              + "; a correction creates version "
              + (state.version() + 1)
              + ", not "
              + version);
    }
    DevelopmentContent content = command.content();
    if (state.isRegistration() != content.type().isRegistration()
        || (state.isRegistration() && state.type() != content.type())) {
      throw new DevelopmentRuleViolation(
          "type", "a correction cannot turn a " + state.type() + " into a " + content.type());
    }
    if (state.registers() != null && !state.registers().equals(Registrations.keyOf(content))) {
      throw new DevelopmentRuleViolation(
          "attributes",
          "a registration's code or document id cannot be corrected; register another one");
    }
    return List.of(
        new DevelopmentCorrected(state.id(), version, command.content(), command.reason()));
  }

  private static List<DevelopmentEvent> retract(
      DevelopmentState state, RetractDevelopment command) {
    if (state.retracted()) {
      if (Objects.equals(state.retractionReason(), command.reason())) {
        return List.of();
      }
      throw new DevelopmentRuleViolation(
          "reason",
          "development "
              + state.id()
              + " is already retracted, for another reason; it is retracted once");
    }
    if (state.isRegistration()) {
      throw new DevelopmentRuleViolation(
          "retractionOf",
          "registrations cannot be retracted, because other developments may refer to them;"
              + " correct the registration instead");
    }
    return List.of(new DevelopmentRetracted(state.id(), state.version(), command.reason()));
  }

  private static DevelopmentState withVersion(
      DevelopmentState state, DevelopmentContent content, String reason) {
    List<Version> versions = new ArrayList<>(state.versions());
    versions.add(Version.of(content, reason));
    return new DevelopmentState(
        state.id(),
        content.type(),
        Registrations.keyOf(content),
        versions,
        state.retracted(),
        state.retractionReason());
  }
}

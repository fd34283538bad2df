package org.tracker.development;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.tracker.development.DevelopmentValidator.Valid;
import org.tracker.development.api.CorrectDevelopment;
import org.tracker.development.api.CorrectionDraft;
import org.tracker.development.api.DevelopmentCommand;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.DevelopmentEvent;
import org.tracker.development.api.DevelopmentHistory;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRuleViolation;
import org.tracker.development.api.DevelopmentState;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.RecordDevelopment;
import org.tracker.development.api.References;
import org.tracker.development.api.RetractDevelopment;
import org.tracker.development.api.RetractionDraft;
import org.tracker.development.api.UnknownDevelopment;
import org.tracker.infrastructure.axon.Authorship;
import org.tracker.infrastructure.security.Role;

/**
 * Records, corrects and retracts developments from clients' drafts: validated against the
 * vocabulary and the directory, then sent as commands stamped with their author. Idempotent: the
 * same id (a registration's id follows from its code) with the same content records once, and so
 * does the same correction of the same version.
 */
@Service
public class Capture {

  /** What happened: a new revision was recorded, or the same request had already been. */
  public record Outcome(DevelopmentHistory development, boolean created) {}

  private final CommandGateway commands;
  private final References references;
  private final DevelopmentLog log;
  private final Authorship authorship;

  public Capture(
      CommandGateway commands, References references, DevelopmentLog log, Authorship authorship) {
    this.commands = commands;
    this.references = references.knowing(id -> log.load(id).map(d -> !d.retracted()).orElse(false));
    this.log = log;
    this.authorship = authorship;
  }

  public Outcome record(DevelopmentDraft draft) {
    DevelopmentId id = parsedId(draft.id());
    if (id == null && draft.id() == null) {
      id = DevelopmentIds.ofRegistration(draft).orElse(null);
    }
    // A registration sent again is validated as the registration it repeats, so its stream is read
    // first; any other development's stream is read only if its id turns out to be taken.
    Optional<DevelopmentHistory> existing =
        id != null && registers(draft) ? log.load(id) : Optional.empty();
    Valid valid =
        DevelopmentValidator.validate(
            id == null ? draft : draft.content(id.toString()),
            existing.map(this::registrationKeptBy).orElse(references),
            UUID.randomUUID());
    RecordDevelopment command = new RecordDevelopment(valid.id(), valid.content());
    AdministratorsOnly.check(
        existing.map(DevelopmentHistory::state).orElse(DevelopmentState.NONE),
        command,
        Role.administratorNow());
    if (existing.isPresent()) {
      return repeated(existing.get(), command);
    }
    try {
      commands.sendAndWait(authorship.stamp(command));
    } catch (AggregateStreamCreationException | ConcurrencyException | DuplicateKeyException e) {
      // another request with this id won the race: answer as if it had come first
      return log.load(valid.id()).map(d -> repeated(d, command)).orElseThrow(() -> e);
    }
    return new Outcome(log.recorded(valid.id(), valid.content()), true);
  }

  public Outcome correct(String id, CorrectionDraft draft) {
    DevelopmentHistory existing = existing(id);
    String reason = DevelopmentValidator.reason(draft.reason());
    Valid valid =
        DevelopmentValidator.validate(
            draft.content(id), registrationKeptBy(existing), UUID.randomUUID());
    int version = draft.version() == null ? existing.version() + 1 : draft.version();
    CorrectDevelopment command =
        new CorrectDevelopment(existing.id(), version, valid.content(), reason);
    AdministratorsOnly.check(existing.state(), command, Role.administratorNow());
    if (DevelopmentRules.decide(existing.state(), command).isEmpty()) {
      return new Outcome(existing, false);
    }
    return change(command);
  }

  public Outcome retract(String id, RetractionDraft draft) {
    DevelopmentHistory existing = existing(id);
    String reason = DevelopmentValidator.reason(draft == null ? null : draft.reason());
    RetractDevelopment command = new RetractDevelopment(existing.id(), reason);
    AdministratorsOnly.check(existing.state(), command, Role.administratorNow());
    if (DevelopmentRules.decide(existing.state(), command).isEmpty()) {
      return new Outcome(existing, false);
    }
    return change(command);
  }

  private DevelopmentHistory existing(String id) {
    DevelopmentId developmentId = parsedId(id);
    if (developmentId == null) {
      throw new UnknownDevelopment(id);
    }
    return log.load(developmentId).orElseThrow(() -> new UnknownDevelopment(id));
  }

  /** A correction (or a repeat) of a registration may keep its own code or document id. */
  References registrationKeptBy(DevelopmentHistory existing) {
    return Registrations.keeping(Registrations.keyOf(existing.current()), references);
  }

  /**
   * The development exists already: the same recording again is answered as it stands; other
   * content under its id is refused by the rule book — except a registration sent again with more,
   * which the rule book records as the registration's next version.
   */
  private Outcome repeated(DevelopmentHistory existing, RecordDevelopment command) {
    List<DevelopmentEvent> events = DevelopmentRules.decide(existing.state(), command);
    if (events.isEmpty()) {
      return new Outcome(existing, false);
    }
    if (!(events.get(0) instanceof DevelopmentCorrected more)) {
      throw new IllegalStateException("a recorded development took a second recording");
    }
    return change(
        new CorrectDevelopment(
            more.developmentId(), more.version(), more.content(), more.reason()));
  }

  /**
   * Sends a correction or retraction that the stream, as this request read it, allows — and answers
   * whether it was recorded by this request. Others may have written the stream since: the
   * aggregate decides again on the stream as it stands (one at a time in this instance) and answers
   * false when the same change came first, so a repeat is told from the first (200, not 201). A
   * write by another instance at the same moment surfaces as a concurrency conflict: the stream is
   * read again and the rule book says whether this request repeats what was written (200) or
   * conflicts with it (409).
   */
  private Outcome change(DevelopmentCommand command) {
    DevelopmentId id = command.developmentId();
    boolean recorded;
    try {
      recorded = Boolean.TRUE.equals(commands.sendAndWait(authorship.stamp(command)));
    } catch (ConcurrencyException e) {
      DevelopmentHistory now = log.load(id).orElseThrow();
      if (DevelopmentRules.decide(now.state(), command).isEmpty()) {
        return new Outcome(now, false);
      }
      throw new DevelopmentRuleViolation(
          "development " + id + " was changed by someone else at the same moment; reload it");
    }
    return new Outcome(log.load(id).orElseThrow(), recorded);
  }

  private static boolean registers(DevelopmentDraft draft) {
    return Arrays.stream(DevelopmentType.values())
        .anyMatch(type -> type.isRegistration() && type.name().equals(draft.type()));
  }

  private static DevelopmentId parsedId(String id) {
    try {
      return id == null ? null : DevelopmentId.of(id);
    } catch (IllegalArgumentException e) {
      return null; // the validator names it
    }
  }
}

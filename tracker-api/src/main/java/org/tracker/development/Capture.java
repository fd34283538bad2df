package org.tracker.development;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.tracker.development.DevelopmentValidator.Valid;
import org.tracker.development.api.CorrectDevelopment;
import org.tracker.development.api.CorrectionDraft;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRuleViolation;
import org.tracker.development.api.IdAlreadyUsed;
import org.tracker.development.api.RecordDevelopment;
import org.tracker.development.api.References;
import org.tracker.development.api.RetractDevelopment;
import org.tracker.development.api.RetractionDraft;
import org.tracker.development.api.UnknownDevelopment;
import org.tracker.infrastructure.axon.Authorship;
import org.tracker.registry.api.Developments;
import org.tracker.registry.api.RecordedDevelopment;
import org.tracker.registry.api.Revision;
import org.tracker.shared.ActorCode;

/**
 * Records, corrects and retracts developments from clients' drafts: idempotent (by id, or by
 * version for corrections), validated against the vocabulary and the registry, then sent as
 * commands stamped with their author.
 */
@Service
public class Capture {

  /** What happened: a new revision was recorded, or the same request had already been. */
  public record Outcome(RecordedDevelopment development, boolean created) {}

  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private final CommandGateway commands;
  private final References references;
  private final Developments developments;
  private final Authorship authorship;

  public Capture(
      CommandGateway commands,
      References references,
      Developments developments,
      Authorship authorship) {
    this.commands = commands;
    this.references = references;
    this.developments = developments;
    this.authorship = authorship;
  }

  public Outcome record(DevelopmentDraft draft) {
    String fingerprint = fingerprint(draft.content(null));
    DevelopmentId requested = parsedId(draft.id());
    if (requested != null) {
      var existing = developments.find(requested);
      if (existing.isPresent()) {
        return sameAs(existing.get(), existing.get().first(), fingerprint);
      }
    }
    Valid valid = DevelopmentValidator.validate(draft, references, UUID.randomUUID());
    try {
      commands.sendAndWait(
          authorship.stamp(new RecordDevelopment(valid.id(), valid.content()), fingerprint));
    } catch (AggregateStreamCreationException | ConcurrencyException | DuplicateKeyException e) {
      // another request with this id won the race: answer as if it had come first
      return developments
          .find(valid.id())
          .map(d -> sameAs(d, d.first(), fingerprint))
          .orElseThrow(() -> e);
    }
    return new Outcome(developments.find(valid.id()).orElseThrow(), true);
  }

  public Outcome correct(String id, CorrectionDraft draft) {
    RecordedDevelopment existing = existing(id);
    String fingerprint = fingerprint(draft);
    if (draft.version() != null) {
      var earlier = existing.creating(draft.version());
      if (earlier.isPresent()) {
        return sameAs(existing, earlier.get(), fingerprint);
      }
    }
    String reason = DevelopmentValidator.reason(draft.reason());
    Valid valid =
        DevelopmentValidator.validate(
            draft.content(id), registrationKeptBy(existing), UUID.randomUUID());
    int version = draft.version() == null ? existing.version() + 1 : draft.version();
    try {
      commands.sendAndWait(
          authorship.stamp(
              new CorrectDevelopment(existing.id(), version, valid.content(), reason),
              fingerprint));
    } catch (ConcurrencyException e) {
      throw new DevelopmentRuleViolation(
          "development " + id + " was changed by someone else at the same moment; reload it");
    }
    return new Outcome(developments.find(existing.id()).orElseThrow(), true);
  }

  public Outcome retract(String id, RetractionDraft draft) {
    RecordedDevelopment existing = existing(id);
    String reason = DevelopmentValidator.reason(draft == null ? null : draft.reason());
    if (existing.retracted()) {
      return new Outcome(existing, false);
    }
    try {
      commands.sendAndWait(authorship.stamp(new RetractDevelopment(existing.id(), reason), null));
    } catch (ConcurrencyException e) {
      throw new DevelopmentRuleViolation(
          "development " + id + " was changed by someone else at the same moment; reload it");
    }
    return new Outcome(developments.find(existing.id()).orElseThrow(), true);
  }

  private RecordedDevelopment existing(String id) {
    DevelopmentId developmentId = parsedId(id);
    if (developmentId == null) {
      throw new UnknownDevelopment(id);
    }
    return developments.find(developmentId).orElseThrow(() -> new UnknownDevelopment(id));
  }

  /** A correction of a registration may keep its own code or document id. */
  private References registrationKeptBy(RecordedDevelopment existing) {
    String code = existing.content().text("code");
    String documentId = existing.content().text("documentId");
    return new References() {
      @Override
      public boolean actorExists(ActorCode actor) {
        return !(existing.content().type().isRegistration() && actor.code().equals(code))
            && references.actorExists(actor);
      }

      @Override
      public boolean documentExists(String document) {
        return !(existing.content().type().isRegistration() && document.equals(documentId))
            && references.documentExists(document);
      }
    };
  }

  private static Outcome sameAs(
      RecordedDevelopment existing, Revision revision, String fingerprint) {
    if (!fingerprint.equals(revision.fingerprint())) {
      throw new IdAlreadyUsed(existing.id(), revision.version());
    }
    return new Outcome(existing, false);
  }

  private static DevelopmentId parsedId(String id) {
    try {
      return id == null ? null : DevelopmentId.of(id);
    } catch (IllegalArgumentException e) {
      return null; // the validator names it
    }
  }

  /** SHA-256 of a request in a canonical JSON form. */
  public static String fingerprint(Object request) {
    try {
      byte[] canonical = CANONICAL.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint a request", e);
    }
  }
}

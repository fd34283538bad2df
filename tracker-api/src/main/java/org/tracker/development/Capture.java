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
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.IdAlreadyUsed;
import org.tracker.development.api.RecordDevelopment;
import org.tracker.development.api.References;
import org.tracker.infrastructure.axon.Authorship;
import org.tracker.registry.api.Developments;
import org.tracker.registry.api.RecordedDevelopment;

/**
 * Records developments from clients' drafts: idempotent by client id, validated against the
 * vocabulary and the registry, then sent as a command stamped with its author.
 */
@Service
public class Capture {

  /** What happened to a draft: newly recorded, or already there with the same content. */
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
    String fingerprint = fingerprint(draft);
    DevelopmentId requested = parsedId(draft);
    if (requested != null) {
      var existing = developments.find(requested);
      if (existing.isPresent()) {
        return same(existing.get(), fingerprint);
      }
    }
    Valid valid = DevelopmentValidator.validate(draft, references, UUID.randomUUID());
    try {
      commands.sendAndWait(
          authorship.stamp(new RecordDevelopment(valid.id(), valid.content()), fingerprint));
    } catch (AggregateStreamCreationException | ConcurrencyException | DuplicateKeyException e) {
      // another request with this id won the race: answer as if it had come first
      return developments.find(valid.id()).map(d -> same(d, fingerprint)).orElseThrow(() -> e);
    }
    return new Outcome(developments.find(valid.id()).orElseThrow(), true);
  }

  private static Outcome same(RecordedDevelopment existing, String fingerprint) {
    if (!fingerprint.equals(existing.fingerprint())) {
      throw new IdAlreadyUsed(existing.id());
    }
    return new Outcome(existing, false);
  }

  private static DevelopmentId parsedId(DevelopmentDraft draft) {
    try {
      return draft.id() == null ? null : DevelopmentId.of(draft.id());
    } catch (IllegalArgumentException e) {
      return null; // the validator names it
    }
  }

  /** SHA-256 of the draft's content in a canonical JSON form (the id excluded). */
  static String fingerprint(DevelopmentDraft draft) {
    DevelopmentDraft content =
        new DevelopmentDraft(
            null,
            draft.type(),
            draft.date(),
            draft.actors(),
            draft.attributes(),
            draft.summary(),
            draft.sources());
    try {
      byte[] canonical = CANONICAL.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint a draft", e);
    }
  }
}

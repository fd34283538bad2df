package org.tracker.development.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.serialization.Serializer;
import org.tracker.development.AdministratorsOnly;
import org.tracker.development.DevelopmentIds;
import org.tracker.development.DevelopmentLog;
import org.tracker.development.DevelopmentRules;
import org.tracker.development.DevelopmentValidator;
import org.tracker.development.Registrations;
import org.tracker.development.api.ActorRegistration;
import org.tracker.development.api.CorrectDevelopment;
import org.tracker.development.api.DevelopmentCommand;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentEvent;
import org.tracker.development.api.DevelopmentHistory;
import org.tracker.development.api.DevelopmentId;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRuleViolation;
import org.tracker.development.api.DevelopmentState;
import org.tracker.development.api.DevelopmentType;
import org.tracker.development.api.DocumentRegistration;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.development.api.Ladder;
import org.tracker.development.api.RecordDevelopment;
import org.tracker.development.api.References;
import org.tracker.development.api.RegistrationConflict;
import org.tracker.development.api.RetractDevelopment;
import org.tracker.development.api.RungRegistration;
import org.tracker.shared.ActorCode;
import org.tracker.shared.ActorKind;
import org.tracker.shared.FieldViolation;
import org.tracker.shared.PartialDate;
import org.tracker.shared.Refusal;
import org.tracker.watch.api.InvalidWatchItem;
import org.tracker.watch.api.OpenWatchItem;
import org.tracker.watch.api.WatchItemEvent;
import org.tracker.watch.api.WatchItemId;
import org.tracker.watch.api.WatchItemIdInUse;
import org.tracker.watch.api.WatchItemIntake;
import org.tracker.watch.api.WatchState;

/**
 * The deciding phase of one import: each line is validated and judged by its stream's rule book
 * ({@link DevelopmentRules}, and the watch item's through {@link WatchItemIntake}) against the
 * stream's state — as the log holds it, or as earlier lines of the same file left it — and what it
 * decides is handed on in the file's order. Actors and documents registered earlier in the file
 * count as registered. Lines that repeat what is recorded decide nothing ("unchanged").
 *
 * <p>Ordinary recordings are judged in chunks, with one query for the ids among them the log
 * already holds; states kept for the file are {@linkplain DevelopmentState#compact() compacted}.
 */
final class ImportDecisions implements References {

  /** Ordinary recordings judged at once. */
  static final int CHUNK = 1000;

  private final DevelopmentLog developments;
  private final WatchItemIntake watchItems;
  private final ObjectMapper store;
  private final Serializer eventSerializer;
  private final Consumer<Spooled> decided;
  private final Runnable unchanged;
  private final BiConsumer<Long, Refusal> refused;
  private final Map<String, ActorKind> actors;
  private final Set<String> documents;
  private final Function<String, PartialDate> documentDates;
  private final Map<String, PartialDate> documentDatesInFile = new HashMap<>();
  private Ladder ladder;
  private final boolean administrator;
  private final Map<UUID, DevelopmentState> inFile = new HashMap<>();
  private final Map<WatchItemId, WatchState> watchItemsInFile = new HashMap<>();
  private final List<Pending> pending = new ArrayList<>();

  /** An ordinary recording waiting for its chunk's query. */
  private record Pending(long line, RecordDevelopment command) {}

  ImportDecisions(
      DevelopmentLog developments,
      WatchItemIntake watchItems,
      ObjectMapper store,
      Serializer eventSerializer,
      Map<String, ActorKind> actors,
      Set<String> documents,
      Function<String, PartialDate> documentDates,
      Ladder ladder,
      boolean administrator,
      Consumer<Spooled> decided,
      Runnable unchanged,
      BiConsumer<Long, Refusal> refused) {
    this.developments = developments;
    this.watchItems = watchItems;
    this.store = store;
    this.eventSerializer = eventSerializer;
    this.actors = actors;
    this.documents = documents;
    this.documentDates = documentDates;
    this.ladder = ladder;
    this.administrator = administrator;
    this.decided = decided;
    this.unchanged = unchanged;
    this.refused = refused;
  }

  @Override
  public boolean actorExists(ActorCode code) {
    return actors.containsKey(code.code());
  }

  @Override
  public Optional<ActorKind> actorKind(ActorCode code) {
    return Optional.ofNullable(actors.get(code.code()));
  }

  @Override
  public boolean documentExists(String documentId) {
    return documents.contains(documentId);
  }

  /** A document registered earlier in the file is dated as that line says. */
  @Override
  public PartialDate documentDate(String documentId) {
    if (documentDatesInFile.containsKey(documentId)) {
      return documentDatesInFile.get(documentId);
    }
    return documents.contains(documentId) ? documentDates.apply(documentId) : null;
  }

  @Override
  public Ladder ladder() {
    return ladder;
  }

  /** A development recorded earlier in the file stands as that line left it. */
  @Override
  public boolean developmentStands(DevelopmentId id) {
    DevelopmentState state = state(id);
    return state.exists() && !state.retracted();
  }

  /** Decides one line; a refused line is reported with what is wrong with it. */
  void decide(ImportLine line) {
    judged(line.number(), () -> judge(line));
  }

  private void judged(long number, Runnable judging) {
    try {
      judging.run();
    } catch (InvalidDevelopment | InvalidWatchItem | RegistrationConflict | AdministratorsOnly e) {
      refused.accept(number, e);
    }
  }

  private void judge(ImportLine line) {
    if (line instanceof ImportLine.Recording r
        && DevelopmentIds.ofRegistration(r.draft()).isEmpty()) {
      recording(r);
      return;
    }
    finishChunk(); // what follows may depend on the recordings before it
    if (line instanceof ImportLine.Recording r) {
      registration(r);
    } else if (line instanceof ImportLine.Correction c) {
      correction(c);
    } else if (line instanceof ImportLine.Retraction x) {
      retraction(x);
    } else {
      watchItem((ImportLine.WatchItemOpening) line);
    }
  }

  /** Judges the recordings still waiting; call at the end of the file. */
  void finishChunk() {
    if (pending.isEmpty()) {
      return;
    }
    Map<DevelopmentId, DevelopmentHistory> recorded =
        developments.loadAll(
            pending.stream()
                .map(p -> p.command().developmentId())
                .filter(id -> !inFile.containsKey(id.value()))
                .toList());
    for (Pending p : pending) {
      DevelopmentId id = p.command().developmentId();
      DevelopmentHistory history = recorded.get(id);
      DevelopmentState state = inFile.get(id.value());
      if (state == null) {
        state = history == null ? DevelopmentState.NONE : history.state();
      }
      DevelopmentState known = state;
      judged(p.line(), () -> apply(p.line(), known, p.command()));
    }
    pending.clear();
  }

  private void recording(ImportLine.Recording line) {
    if (DevelopmentType.CLAIM_PREFERRED.name().equals(line.draft().type())) {
      finishChunk(); // it names a development, perhaps one recorded a few lines before
    }
    DevelopmentId given = parsedId("id", line.draft().id(), false);
    DevelopmentContent content =
        DevelopmentValidator.validate(line.draft(), this, UUID.randomUUID()).content();
    // a line without id gets one from its content, so importing the file again adds nothing
    DevelopmentId id = given != null ? given : DevelopmentIds.named("import:" + hash(content));
    pending.add(new Pending(line.number(), new RecordDevelopment(id, content)));
    if (pending.size() >= CHUNK) {
      finishChunk();
    }
  }

  private void registration(ImportLine.Recording line) {
    DevelopmentId given = parsedId("id", line.draft().id(), false);
    DevelopmentId id =
        given != null ? given : DevelopmentIds.ofRegistration(line.draft()).orElseThrow();
    DevelopmentState state = state(id);
    String key = DevelopmentIds.registrationKey(line.draft());
    References references = state.exists() ? Registrations.keeping(key, this) : this;
    DevelopmentContent content =
        DevelopmentValidator.validate(
                line.draft().content(id.toString()), references, UUID.randomUUID())
            .content();
    apply(line.number(), state, new RecordDevelopment(id, content));
  }

  private void correction(ImportLine.Correction line) {
    DevelopmentId id = parsedId(LogFormat.CORRECTION_OF, line.correctionOf(), true);
    DevelopmentState state = existing(LogFormat.CORRECTION_OF, id);
    String reason = DevelopmentValidator.reason(line.draft().reason());
    if (line.draft().version() == null) {
      throw invalid(
          LogFormat.VERSION,
          "is required in an import, so that importing the file again changes nothing");
    }
    DevelopmentContent content =
        DevelopmentValidator.validate(
                line.draft().content(id.toString()),
                Registrations.keeping(state.registers(), this),
                UUID.randomUUID())
            .content();
    apply(
        line.number(), state, new CorrectDevelopment(id, line.draft().version(), content, reason));
  }

  private void retraction(ImportLine.Retraction line) {
    DevelopmentId id = parsedId(LogFormat.RETRACTION_OF, line.retractionOf(), true);
    DevelopmentState state = existing(LogFormat.RETRACTION_OF, id);
    String reason =
        DevelopmentValidator.reason(line.draft() == null ? null : line.draft().reason());
    apply(line.number(), state, new RetractDevelopment(id, reason));
  }

  private void watchItem(ImportLine.WatchItemOpening line) {
    OpenWatchItem open = watchItems.check(line.draft(), this);
    WatchState earlier = watchItemsInFile.get(open.id());
    WatchState state = earlier != null ? earlier : watchItems.state(open.id());
    List<WatchItemEvent> events;
    try {
      events = watchItems.decide(state, open);
    } catch (WatchItemIdInUse e) {
      throw new InvalidWatchItem(
          List.of(
              new FieldViolation(
                  LogFormat.WATCH_ITEM,
                  e.getMessage() + (earlier != null ? " (earlier in this file)" : ""))));
    }
    if (events.isEmpty()) {
      unchanged.run();
      return;
    }
    decided.accept(new Spooled.Open(line.number(), open));
    watchItemsInFile.put(open.id(), watchItems.evolve(state, events.get(0)));
  }

  /**
   * Judges {@code command} against the development's {@code state} (from this file, or from the
   * log) and hands on what it decides.
   */
  private void apply(long line, DevelopmentState state, DevelopmentCommand command) {
    DevelopmentId id = command.developmentId();
    boolean earlier = inFile.containsKey(id.value());
    AdministratorsOnly.check(state, command, administrator);
    List<DevelopmentEvent> events;
    try {
      events = DevelopmentRules.decide(state, command);
    } catch (RegistrationConflict e) {
      throw e; // reported with each differing field, as a conflict
    } catch (DevelopmentRuleViolation e) {
      throw invalid(e.field(), e.getMessage() + (earlier ? " (earlier in this file)" : ""));
    }
    if (events.isEmpty()) {
      unchanged.run();
      return;
    }
    decided.accept(spooled(line, command, events.get(0)));
    for (DevelopmentEvent event : events) {
      state = DevelopmentRules.evolve(state, event);
    }
    registered(state);
    inFile.put(id.value(), state.compact());
  }

  /** A registration decided in this file counts as registered for the lines after it. */
  private void registered(DevelopmentState state) {
    String key = state.registers();
    if (state.type() == DevelopmentType.ACTOR_REGISTERED) {
      actors.put(key, state.content().as(ActorRegistration.class).kind());
    } else if (state.type() == DevelopmentType.DOCUMENT_REGISTERED) {
      documents.add(key);
      String published = state.content().as(DocumentRegistration.class).published();
      documentDatesInFile.put(key, published == null ? null : PartialDate.parse(published));
    } else if (state.type() == DevelopmentType.PARTNERSHIP_LEVEL_REGISTERED) {
      ladder = ladder.without(key).with(List.of(state.content().as(RungRegistration.class).rung()));
    }
  }

  /** What a recording or a correction records. */
  private Spooled spooled(long line, DevelopmentCommand command, DevelopmentEvent event) {
    if (command instanceof CorrectDevelopment c) {
      return new Spooled.Correct(line, c);
    }
    if (event instanceof DevelopmentCorrected c) { // a registration sent again, with more
      return new Spooled.Correct(
          line, new CorrectDevelopment(c.developmentId(), c.version(), c.content(), c.reason()));
    }
    if (command instanceof RetractDevelopment x) {
      return new Spooled.Retract(line, x);
    }
    DevelopmentRecorded recorded = (DevelopmentRecorded) event;
    if (recorded.content().type().isRegistration()) {
      return new Spooled.Publish(line, recorded);
    }
    // serialized here, once, exactly as the event store would: the writing phase only appends it
    return new Spooled.Append(
        line,
        recorded.developmentId(),
        eventSerializer.serialize(recorded, String.class).getData());
  }

  /** The state of a development a line acts on, which must exist (in the log or this file). */
  private DevelopmentState existing(String field, DevelopmentId id) {
    DevelopmentState state = state(id);
    if (!state.exists()) {
      throw invalid(field, "no development " + id + " (in Tracker or earlier in this file)");
    }
    return state;
  }

  /** The development's state as this file left it, else as the log holds it. */
  private DevelopmentState state(DevelopmentId id) {
    DevelopmentState earlier = inFile.get(id.value());
    if (earlier != null) {
      return earlier;
    }
    return developments.load(id).map(DevelopmentHistory::state).orElse(DevelopmentState.NONE);
  }

  private static DevelopmentId parsedId(String field, String text, boolean required) {
    if (text == null) {
      if (required) {
        throw invalid(field, "must be a development id");
      }
      return null;
    }
    try {
      return DevelopmentId.of(text);
    } catch (IllegalArgumentException e) {
      throw invalid(field, "must be a UUID");
    }
  }

  private static InvalidDevelopment invalid(String field, String message) {
    return new InvalidDevelopment(List.of(new FieldViolation(field, message)));
  }

  /** SHA-256 (hex) of the content's stored JSON: equal content, equal hash. */
  private String hash(DevelopmentContent content) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(store.writeValueAsBytes(content)));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

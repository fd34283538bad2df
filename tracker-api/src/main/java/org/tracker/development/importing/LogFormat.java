package org.tracker.development.importing;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tracker.development.api.CorrectionDraft;
import org.tracker.development.api.DevelopmentContent;
import org.tracker.development.api.DevelopmentCorrected;
import org.tracker.development.api.DevelopmentDraft;
import org.tracker.development.api.DevelopmentRecorded;
import org.tracker.development.api.DevelopmentRetracted;
import org.tracker.development.api.InvalidDevelopment;
import org.tracker.development.api.RetractionDraft;
import org.tracker.infrastructure.web.JsonErrors;
import org.tracker.shared.FieldViolation;
import org.tracker.watch.api.InvalidWatchItem;
import org.tracker.watch.api.WatchItemDraft;
import org.tracker.watch.api.WatchItemOpened;

/**
 * The NDJSON log format, both ways, in one place: {@link #write} turns a stored event into the line
 * the export writes, {@link #read} turns a line into an {@link ImportLine}. A line's kind is told
 * by the field that names what it acts on: {@code correctionOf}, {@code retractionOf}, {@code
 * watchItem}; a line with none of them records a development.
 */
@Component
public class LogFormat {

  static final String ID = "id";
  static final String CORRECTION_OF = "correctionOf";
  static final String RETRACTION_OF = "retractionOf";
  static final String WATCH_ITEM = "watchItem";
  static final String VERSION = "version";
  static final String REASON = "reason";
  static final String ON = "on";

  private static final FieldViolation NOT_AN_OBJECT =
      new FieldViolation("line", "must be a JSON object");

  private final ObjectMapper json;

  public LogFormat(ObjectMapper json) {
    this.json = json;
  }

  /**
   * The line a stored event is exported as; null for an event that is not part of the log format.
   */
  public String write(Object event) throws JsonProcessingException {
    return write(event, null);
  }

  /**
   * The line for an event recorded at {@code recordedAt} (null: not known): a watch item opened
   * before steps were dated is written with the day it counts from, so an import reproduces it.
   */
  public String write(Object event, java.time.Instant recordedAt) throws JsonProcessingException {
    ObjectNode line = json.createObjectNode();
    if (event instanceof DevelopmentRecorded recorded) {
      line.put(ID, recorded.developmentId().toString());
      line.setAll(content(recorded.content()));
    } else if (event instanceof DevelopmentCorrected corrected) {
      line.put(CORRECTION_OF, corrected.developmentId().toString());
      line.put(VERSION, corrected.version());
      line.put(REASON, corrected.reason());
      line.setAll(content(corrected.content()));
    } else if (event instanceof DevelopmentRetracted retracted) {
      line.put(RETRACTION_OF, retracted.developmentId().toString());
      line.put(REASON, retracted.reason());
    } else if (event instanceof WatchItemOpened opened) {
      line.put(WATCH_ITEM, opened.id().value());
      line.setAll((ObjectNode) json.valueToTree(opened.content()));
      if (opened.on() != null || recordedAt != null) {
        line.put(ON, opened.dayOf(recordedAt).toString());
      }
    } else {
      return null;
    }
    return json.writeValueAsString(line);
  }

  private ObjectNode content(DevelopmentContent content) {
    return json.valueToTree(content);
  }

  /**
   * The line numbered {@code number}.
   *
   * @throws InvalidDevelopment (or {@link InvalidWatchItem} for a watch item line) naming what is
   *     wrong with its shape
   */
  public ImportLine read(long number, String text) {
    // most lines record a development: read those straight into their draft
    if (!text.contains('"' + CORRECTION_OF + '"')
        && !text.contains('"' + RETRACTION_OF + '"')
        && !text.contains('"' + WATCH_ITEM + '"')) {
      DevelopmentDraft draft;
      try {
        draft = json.readValue(text, DevelopmentDraft.class);
      } catch (JsonProcessingException e) {
        throw new InvalidDevelopment(List.of(lineProblem(e)));
      }
      if (draft == null) { // the line is `null`
        throw new InvalidDevelopment(List.of(NOT_AN_OBJECT));
      }
      return new ImportLine.Recording(number, draft);
    }
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidDevelopment(List.of(lineProblem(e)));
    }
    if (!(node instanceof ObjectNode object)) {
      throw new InvalidDevelopment(List.of(NOT_AN_OBJECT));
    }
    if (object.has(CORRECTION_OF)) {
      String of = object.remove(CORRECTION_OF).asText(null);
      return new ImportLine.Correction(number, of, convert(object, CorrectionDraft.class));
    }
    if (object.has(RETRACTION_OF)) {
      String of = object.remove(RETRACTION_OF).asText(null);
      return new ImportLine.Retraction(number, of, convert(object, RetractionDraft.class));
    }
    if (object.has(WATCH_ITEM)) {
      object.set(ID, object.remove(WATCH_ITEM));
      try {
        return new ImportLine.WatchItemOpening(
            number, json.treeToValue(object, WatchItemDraft.class));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new InvalidWatchItem(List.of(JsonErrors.describe(e)));
      }
    }
    return new ImportLine.Recording(number, convert(object, DevelopmentDraft.class));
  }

  private <T> T convert(ObjectNode object, Class<T> type) {
    try {
      return json.treeToValue(object, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidDevelopment(List.of(JsonErrors.describe(e)));
    }
  }

  private static FieldViolation lineProblem(JsonProcessingException e) {
    if (e instanceof JsonParseException) {
      return new FieldViolation("line", "is not valid JSON");
    }
    if (e instanceof MismatchedInputException m && m.getPath().isEmpty()) {
      return NOT_AN_OBJECT;
    }
    return JsonErrors.describe(e);
  }
}

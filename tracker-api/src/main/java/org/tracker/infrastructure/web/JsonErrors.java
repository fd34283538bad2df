package org.tracker.infrastructure.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tracker.shared.FieldViolation;

/** Names the field a JSON parsing or mapping error is about, in words a client can act on. */
public final class JsonErrors {

  private JsonErrors() {}

  public static FieldViolation describe(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException u) {
      return new FieldViolation(
          path(u),
          "unknown field; known: "
              + u.getKnownPropertyIds().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    if (cause instanceof InvalidFormatException f && f.getTargetType() == String.class) {
      // text refused as it is (TextGuard: never echoed), or a number or boolean where text belongs
      return new FieldViolation(
          path(f),
          f.getValue() instanceof String
              ? f.getOriginalMessage()
              : "wrong type: expected a string");
    }
    if (cause instanceof InvalidFormatException f) {
      return new FieldViolation(path(f), "'" + f.getValue() + "' is not a valid value");
    }
    if (cause instanceof MismatchedInputException m) {
      String expected = m.getTargetType() == null ? "another type" : describe(m.getTargetType());
      return new FieldViolation(path(m), "wrong type: expected " + expected);
    }
    if (cause instanceof JsonParseException p) {
      return new FieldViolation(
          "body",
          "malformed JSON at line "
              + p.getLocation().getLineNr()
              + ", column "
              + p.getLocation().getColumnNr());
    }
    if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return new FieldViolation(path(m), "is not valid");
    }
    return new FieldViolation("body", "a JSON object is required");
  }

  private static String describe(Class<?> type) {
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    if (type == String.class) {
      return "a string";
    }
    return type.getSimpleName();
  }

  /** A Jackson path as {@code sources[0].locator}. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }
}

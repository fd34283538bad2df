package org.tracker.infrastructure.database;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A TEXT column holding one type as JSON, written and read with the event store's object mapper (so
 * a projection row reads back exactly what the event carried).
 */
public final class JsonColumn<T> {

  private final ObjectMapper json;
  private final Class<T> type;

  public JsonColumn(ObjectMapper json, Class<T> type) {
    this.json = json;
    this.type = type;
  }

  public String write(T value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a " + type.getSimpleName(), e);
    }
  }

  public T read(String text) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read a " + type.getSimpleName(), e);
    }
  }
}

package org.tracker.development.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.tracker.development.api.DevelopmentRetracted;

/**
 * {@code DevelopmentRetracted} revision 1 → 2: the field {@code version} is now {@code
 * retractedVersion}. Stored events are never rewritten (the log is append-only); they are read in
 * the new shape.
 */
public class RetractionRevision1Upcaster extends SingleEventUpcaster {

  private static final String TYPE = DevelopmentRetracted.class.getName();

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return TYPE.equals(representation.getType().getName())
        && "1".equals(representation.getType().getRevision());
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(
        new SimpleSerializedType(TYPE, "2"),
        JsonNode.class,
        payload -> {
          ObjectNode event = (ObjectNode) payload.deepCopy();
          event.set("retractedVersion", event.remove("version"));
          return event;
        });
  }
}

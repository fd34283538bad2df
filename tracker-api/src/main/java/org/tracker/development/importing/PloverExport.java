package org.tracker.development.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Service;
import org.tracker.development.PloverEvent;
import org.tracker.registry.api.Developments;

/** Every development as now known, as PLOVER-style JSON lines. */
@Service
public class PloverExport {

  private final Developments developments;
  private final ObjectMapper json;

  public PloverExport(Developments developments, ObjectMapper json) {
    this.developments = developments;
    this.json = json;
  }

  public void write(OutputStream out) {
    developments.forEachCurrent(
        (id, content) ->
            PloverEvent.of(id, content)
                .ifPresent(
                    event -> {
                      try {
                        out.write(json.writeValueAsBytes(event));
                        out.write('\n');
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    }));
  }
}

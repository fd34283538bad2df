package org.tracker.development.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Service;
import org.tracker.catalog.api.Catalog;
import org.tracker.development.PloverEvent;

/** Every development as now known, as PLOVER-style JSON lines. */
@Service
public class PloverExport {

  private final Catalog catalog;
  private final ObjectMapper json;

  public PloverExport(Catalog catalog, ObjectMapper json) {
    this.catalog = catalog;
    this.json = json;
  }

  public void write(OutputStream out) {
    catalog.forEachCurrent(
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

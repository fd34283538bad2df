package org.tracker.infrastructure.connections;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.tracker.infrastructure.web.BodyLimit;

/**
 * Closes the connection after the answer, without reading what is left of a request body the
 * application refused for coming too slowly ({@link BodyLimit#DROP_THE_REST}). Otherwise the web
 * server would read ("swallow") the rest before finishing the answer — in the request's thread, as
 * slowly as the client sends it.
 */
final class DropTheRest extends ValveBase {

  DropTheRest() {
    super(true);
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    try {
      getNext().invoke(request, response);
    } finally {
      if (Boolean.TRUE.equals(request.getAttribute(BodyLimit.DROP_THE_REST))) {
        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
      }
    }
  }
}

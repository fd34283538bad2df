package org.tracker.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.tracker.shared.Refusal.Category;

/**
 * An RFC 9457 problem written straight to the response, for answers given before a controller
 * (filters, security, interceptors) — the same shape {@link ProblemAdvice} gives the rest.
 */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static void write(
      ObjectMapper json,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String title,
      String detail,
      Map<String, Object> extra)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status.value());
    body.put("detail", detail);
    body.put("instance", request.getRequestURI());
    body.putAll(extra);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), body);
  }

  public static void write(
      ObjectMapper json,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String title,
      String detail)
      throws IOException {
    write(json, request, response, status, title, detail, Map.of());
  }

  /** A refusal of the given category, with the status and title {@link Answer} gives it. */
  public static void write(
      ObjectMapper json,
      HttpServletRequest request,
      HttpServletResponse response,
      Category category,
      String detail)
      throws IOException {
    Answer answer = Answer.to(category);
    write(json, request, response, answer.status(), answer.title(), detail, Map.of());
  }
}

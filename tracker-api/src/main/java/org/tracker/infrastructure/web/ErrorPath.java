package org.tracker.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tracker.shared.Refusal.Category;

/**
 * {@code /error} is where the server forwards a failed request to be answered; asked for directly,
 * there is no error to tell, so it is answered like any path nothing serves (404) — not with the
 * framework's 500 for an error without a status ({@code "status": 999}).
 */
@Component
public class ErrorPath extends OncePerRequestFilter {

  private final ObjectMapper json;

  public ErrorPath(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().substring(request.getContextPath().length()).equals("/error");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // a forwarded error is an ERROR dispatch, which this filter does not see
    ProblemResponses.write(json, request, response, Category.NOT_FOUND, "nothing is served here");
  }
}

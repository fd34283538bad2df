package org.tracker.admin.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tracker.admin.ProjectionAdmin;
import org.tracker.infrastructure.web.ProblemResponses;

/**
 * While a projection is rebuilding, what it serves answers 503 (problem+json, Retry-After) naming
 * the projection and its progress — never an answer from half-built tables.
 */
@Configuration(proxyBeanMethods = false)
public class RebuildingGuard implements WebMvcConfigurer {

  /**
   * Which projection each read is answered from: a path and what is below it ("/**"), or one path.
   */
  static final Map<String, List<String>> SERVED_BY =
      Map.of(
          "facts",
          List.of(
              "/api/relationships/**",
              "/api/organizations/**",
              "/api/agreements/**",
              "/api/projects/**",
              "/api/proposals/**",
              "/api/timeline/**",
              "/api/actors/**"),
          "watch-items",
          List.of("/api/watch-items"));

  private final ProjectionAdmin projections;
  private final ObjectMapper json;

  public RebuildingGuard(ProjectionAdmin projections, ObjectMapper json) {
    this.projections = projections;
    this.json = json;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(
        new HandlerInterceptor() {
          @Override
          public boolean preHandle(
              HttpServletRequest request, HttpServletResponse response, Object handler)
              throws Exception {
            if (!"GET".equals(request.getMethod())) {
              return true;
            }
            String projection = projectionFor(request);
            if (projection == null) {
              return true;
            }
            Optional<String> progress = projections.rebuildingProgress(projection);
            if (progress.isEmpty()) {
              return true;
            }
            response.setHeader("Retry-After", "2");
            ProblemResponses.write(
                json,
                request,
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                "Rebuilding",
                "projection '"
                    + projection
                    + "' is being rebuilt from the log ("
                    + progress.get()
                    + "); ask again shortly",
                Map.of("projection", projection));
            return false;
          }
        });
  }

  private static String projectionFor(HttpServletRequest request) {
    String path = request.getRequestURI();
    if (path.equals("/api/export") && "plover".equals(request.getParameter("format"))) {
      return "catalog";
    }
    for (Map.Entry<String, List<String>> entry : SERVED_BY.entrySet()) {
      for (String prefix : entry.getValue()) {
        boolean below = prefix.endsWith("/**");
        String base = below ? prefix.substring(0, prefix.length() - 3) : prefix;
        if (path.equals(base) || (below && path.startsWith(base + "/"))) {
          return entry.getKey();
        }
      }
    }
    return null;
  }
}

package org.tracker.admin.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tracker.admin.ProjectionAdmin;
import org.tracker.infrastructure.web.ProblemResponses;
import org.tracker.projection.Projections;
import org.tracker.shared.Projection;

/**
 * While a projection has its first build (after a restore into an empty store), the reads it
 * declares it serves answer 503 (problem+json, Retry-After) naming the projection and its progress
 * — never an answer from half-built tables. A rebuild does not: the live generation answers while
 * the spare is built (ADR 0021).
 */
@Configuration(proxyBeanMethods = false)
public class RebuildingGuard implements WebMvcConfigurer {

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

  /** The projection a read is answered from, as the projections declare ({@link Projections}). */
  private static String projectionFor(HttpServletRequest request) {
    return Projections.serving(request.getRequestURI(), request::getParameter)
        .map(Projection::name)
        .orElse(null);
  }
}

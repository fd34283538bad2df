package org.tracker.infrastructure.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The API's OpenAPI document (springdoc, from the controllers) tells what every write may answer:
 * 201 with {@code Location} for a {@link Creates} POST (200 when repeated), and for every POST the
 * problems {@link ProblemAdvice} and the filters answer — 400, 401, 403, 409, 413, 503 — each as
 * {@code application/problem+json} of the shape {@code Problem}.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

  static final String PROBLEM = "Problem";

  /** What each problem a write may get means, by status. */
  private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

  static {
    PROBLEMS.put("400", "the input is not valid: every wrong field named in errors");
    PROBLEMS.put("401", "no credentials, or wrong ones");
    PROBLEMS.put("403", "the caller's role does not allow it (or a session without CSRF token)");
    PROBLEMS.put("409", "it clashes with what is recorded, or a rule forbids it now");
    PROBLEMS.put("413", "the body (or the file) is larger than accepted");
    PROBLEMS.put("503", "the database is out of reach: nothing was written; retry shortly");
  }

  @Bean
  OpenApiCustomizer problemShape() {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      Schema<?> violation =
          new ObjectSchema()
              .addProperty("field", new StringSchema().example("attributes.level"))
              .addProperty("message", new StringSchema());
      openApi
          .getComponents()
          .addSchemas(
              PROBLEM,
              new ObjectSchema()
                  .description("RFC 9457 problem details")
                  .addProperty("type", new StringSchema().example("about:blank"))
                  .addProperty("title", new StringSchema())
                  .addProperty("status", new IntegerSchema())
                  .addProperty("detail", new StringSchema())
                  .addProperty("instance", new StringSchema())
                  .addProperty(
                      "errors",
                      new ArraySchema().items(violation).description("every wrong field (400)")));
    };
  }

  @Bean
  OperationCustomizer answersOfEveryWrite() {
    return (operation, handler) -> {
      if (!handler.hasMethodAnnotation(PostMapping.class)) {
        return operation;
      }
      ApiResponses responses =
          operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
      if (handler.hasMethodAnnotation(Creates.class)) {
        ApiResponse ok = responses.get("200");
        ApiResponse created =
            new ApiResponse()
                .description("recorded; Location names it")
                .addHeaderObject(
                    "Location",
                    new Header().description("where it is read").schema(new StringSchema()));
        if (ok != null) {
          created.content(ok.getContent());
          ok.description("the same request again: what is recorded, nothing new");
        }
        responses.addApiResponse("201", created);
      }
      Content problem =
          new Content()
              .addMediaType(
                  "application/problem+json",
                  new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
      PROBLEMS.forEach(
          (status, meaning) ->
              responses.computeIfAbsent(
                  status, s -> new ApiResponse().description(meaning).content(problem)));
      operation.setResponses(responses);
      return operation;
    };
  }
}

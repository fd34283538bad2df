package org.tracker.infrastructure.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tracker.shared.Refusal.Category;
import org.tracker.shared.Texts;

/**
 * Text Tracker refuses at the door: the NUL character, in a JSON string or a request parameter
 * (PostgreSQL cannot store or compare it; a NUL in a stored development would poison its
 * projections); in a JSON string, half of a surrogate pair alone ({@code "\u005cud800"}: not
 * Unicode, it would be stored as {@code ?}, {@link Texts#loneSurrogate}); and a number or a boolean
 * where a string belongs ({@code "date":2013}, {@code {"en":1}}), refused rather than turned into
 * text. And an encoded slash in a path is decoded like a slash, so a path such as {@code
 * ..%2F..%2Fetc} is answered by Tracker (a problem) rather than by the server's HTML error page.
 */
@Configuration(proxyBeanMethods = false)
public class TextGuard {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer onlyUnicodeTextInJsonStrings() {
    SimpleModule module = new SimpleModule("no-nul");
    module.addDeserializer(
        String.class,
        new StringDeserializer() {
          @Override
          public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
              throw InvalidFormatException.from(
                  p, "text must not contain the NUL character (\\u0000)", value, String.class);
            }
            int lone = value == null ? -1 : Texts.loneSurrogate(value);
            if (lone >= 0) {
              throw InvalidFormatException.from(
                  p,
                  "text must be Unicode: half of a surrogate pair alone at character " + lone,
                  value,
                  String.class);
            }
            return value;
          }
        });
    return builder ->
        builder
            .modulesToInstall(module)
            .postConfigurer(
                json ->
                    json.coercionConfigFor(LogicalType.Textual)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  @Bean
  OncePerRequestFilter noNulInParameters(ObjectMapper json) {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(
          HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
          for (String value : parameter.getValue()) {
            if (value.indexOf('\u0000') >= 0 || parameter.getKey().indexOf('\u0000') >= 0) {
              ProblemResponses.write(
                  json,
                  request,
                  response,
                  Category.INVALID,
                  parameter.getKey().replace('\u0000', '?')
                      + ": must not contain the NUL character (%00)");
              return;
            }
          }
        }
        chain.doFilter(request, response);
      }
    };
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesAreSlashes() {
    return factory ->
        factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("decode"));
  }
}

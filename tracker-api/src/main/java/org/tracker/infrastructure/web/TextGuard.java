package org.tracker.infrastructure.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
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

/**
 * Text Tracker refuses at the door: the NUL character, in a JSON string or a request parameter
 * (PostgreSQL cannot store or compare it; a NUL in a stored development would poison its
 * projections). And an encoded slash in a path is decoded like a slash, so a path such as {@code
 * ..%2F..%2Fetc} is answered by Tracker (a problem) rather than by the server's HTML error page.
 */
@Configuration(proxyBeanMethods = false)
public class TextGuard {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer noNulInJsonStrings() {
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
            return value;
          }
        });
    return builder -> builder.modulesToInstall(module);
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

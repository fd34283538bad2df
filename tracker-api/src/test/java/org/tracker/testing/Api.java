package org.tracker.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A plain HTTP client for the running application: real requests, JSON answers, signed in with HTTP
 * Basic as one of the test users (application-test.properties; {@code admin} unless told).
 */
public final class Api {

  /** Who requests are made as by default. */
  public static final String DEFAULT_USER = "admin";

  /** An answer: status, content type, Location header, body as JSON (missing when not JSON). */
  public record Response(
      int status, String contentType, String location, String text, JsonNode json) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;
  private final String authorization;

  public Api(int port) {
    this("http://localhost:" + port, DEFAULT_USER);
  }

  private Api(String base, String user) {
    this.base = base;
    this.authorization = user == null ? null : basic(user);
  }

  /** The same application, as another test user (its password is its name + "-password"). */
  public Api as(String user) {
    return new Api(base, user);
  }

  /** The same application, with no credentials at all. */
  public Api anonymous() {
    return new Api(base, null);
  }

  /** The Authorization header of a test user. */
  public static String basic(String user) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8));
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public Response post(String path, String body) {
    return post(path, "application/json", body);
  }

  public Response post(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Response send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  /** A request whose body is bytes as given (which need not be valid UTF-8). */
  public Response send(String method, String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private Response send(HttpRequest.Builder request) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      JsonNode json = MissingNode.getInstance();
      if (contentType.contains("json") && !response.body().isEmpty()) {
        json = JSON.readTree(response.body());
      }
      Optional<String> location = response.headers().firstValue("Location");
      return new Response(
          response.statusCode(), contentType, location.orElse(null), response.body(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package dev.relaymanager.acceptance.simhost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A small JDK HttpClient wrapper for the simulator tests. */
final class Http {
  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String base;

  Http(String base) {
    this.base = base;
  }

  /** A response with its body parsed on demand. */
  record Res(int status, String body, HttpResponse<String> raw, ObjectMapper mapper) {
    JsonNode json() {
      try {
        return mapper.readTree(body);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }

    JsonNode data() {
      return json().get("data");
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Res send(String method, String path, Object body, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    headers.forEach(b::header);
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(text(body)));
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Res(r.statusCode(), r.body(), r, mapper);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String text(Object body) {
    if (body instanceof String s) {
      return s;
    }
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

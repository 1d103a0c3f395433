package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.shared.HostUnreachableException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to one host, retrying idempotent reads on transport errors and transient statuses;
 * turns transport failures into {@link HostUnreachableException}.
 */
final class HostTransport {
  private static final Logger LOG = LoggerFactory.getLogger(HostTransport.class);
  private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);

  private final HttpClient client;
  private final BaseUrl baseUrl;
  private final Sub2apiSettings settings;

  HostTransport(HttpClient client, BaseUrl baseUrl, Sub2apiSettings settings) {
    this.client = Objects.requireNonNull(client, "client");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  BaseUrl baseUrl() {
    return baseUrl;
  }

  Sub2apiSettings settings() {
    return settings;
  }

  /**
   * Sends {@code request} with {@code headers}; any HTTP answer is returned, even an error.
   *
   * @throws HostUnreachableException when no answer came, after the allowed retries
   */
  HostReply exchange(HostRequest request, Map<String, String> headers) {
    int attempts = request.idempotent() ? 1 + settings.maxReadRetries() : 1;
    for (int attempt = 1; ; attempt++) {
      String problem;
      try {
        HostReply reply = sendOnce(request, headers);
        if (attempt >= attempts || !TRANSIENT.contains(reply.status())) {
          return reply;
        }
        problem = "HTTP " + reply.status();
      } catch (IOException e) {
        if (attempt >= attempts) {
          throw unreachable(request, e);
        }
        problem = e.getClass().getSimpleName();
      }
      LOG.debug(
          "{} failed ({}), retry {} of {}", request.describe(), problem, attempt, attempts - 1);
      pause(request, settings.backoffBefore(attempt));
    }
  }

  private HostReply sendOnce(HostRequest request, Map<String, String> headers) throws IOException {
    try {
      HttpResponse<String> response =
          client.send(
              build(request, headers, settings.requestTimeout()),
              HttpResponse.BodyHandlers.ofString());
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      return new HostReply(response.statusCode(), contentType, response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HostUnreachableException("interrupted while calling " + where(request), e);
    }
  }

  /**
   * Sends {@code request} once (never retried) and reads at most {@code maxBodyBytes} of the
   * answer, all within {@code deadline}: for long answers such as the account test stream.
   *
   * @throws HostUnreachableException when no answer came, or the body did not end in time
   */
  HostReply exchangeBounded(
      HostRequest request, Map<String, String> headers, Duration deadline, int maxBodyBytes) {
    CompletableFuture<HttpResponse<String>> pending =
        client.sendAsync(
            build(request, headers, deadline), info -> new CappedBodySubscriber(maxBodyBytes));
    try {
      HttpResponse<String> response = pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      return new HostReply(response.statusCode(), contentType, response.body());
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new HostUnreachableException(
          where(request) + " did not finish within " + deadline.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw unreachable(
          request, cause instanceof IOException ? (IOException) cause : new IOException(cause));
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new HostUnreachableException("interrupted while calling " + where(request), e);
    }
  }

  private HttpRequest build(HostRequest request, Map<String, String> headers, Duration timeout) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(baseUrl.resolve(request.path()))
            .timeout(timeout)
            .header("Accept", "application/json")
            .header("Accept-Language", "en");
    headers.forEach(builder::header);
    request.headers().forEach(builder::header);
    if (request.jsonBody() == null) {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", "application/json");
      builder.method(request.method(), HttpRequest.BodyPublishers.ofString(request.jsonBody()));
    }
    return builder.build();
  }

  private void pause(HostRequest request, Duration backoff) {
    try {
      Thread.sleep(backoff.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HostUnreachableException("interrupted while retrying " + where(request), e);
    }
  }

  private HostUnreachableException unreachable(HostRequest request, IOException e) {
    String cause = e.getMessage() == null ? "" : ": " + e.getMessage();
    return new HostUnreachableException(
        "cannot reach " + where(request) + " (" + e.getClass().getSimpleName() + cause + ")", e);
  }

  private String where(HostRequest request) {
    return baseUrl + " for " + request.describe();
  }
}

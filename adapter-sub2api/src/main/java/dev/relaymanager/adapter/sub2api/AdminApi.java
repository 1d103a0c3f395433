package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Authenticated calls to the admin API of one host, decoded from the envelope; a refusal comes back
 * as a {@link HostOutcome.Failure} with the session's secrets masked.
 */
final class AdminApi {
  /** The host's maximum; larger values silently fall back to 20 (contract §1.2). */
  static final int PAGE_SIZE = 1000;

  private static final int MAX_PAGES = 10_000;

  private final HostTransport transport;
  private final HostJson json;
  private final EnvelopeDecoder decoder;
  private final AdminAuthorizer authorizer;

  AdminApi(HostTransport transport, HostJson json, AdminAuthorizer authorizer) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.json = Objects.requireNonNull(json, "json");
    this.decoder = new EnvelopeDecoder(json.mapper());
    this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
  }

  /** Makes sure the session holds valid credentials (a login, for JWT sessions). */
  void authenticate() {
    authorizer.headers();
  }

  <T> HostOutcome<T> get(String path, JavaType type) {
    return send(HostRequest.get(path), type);
  }

  <T> HostOutcome<T> get(String path, Class<T> type) {
    return send(HostRequest.get(path), json.type(type));
  }

  <T> HostOutcome<T> post(String path, Object body, JavaType type) {
    return send(new HostRequest("POST", path, json.write(body)), type);
  }

  /** A POST with extra {@code headers}, e.g. {@code Idempotency-Key}. */
  <T> HostOutcome<T> post(String path, Object body, Map<String, String> headers, JavaType type) {
    return send(new HostRequest("POST", path, json.write(body), headers), type);
  }

  <T> HostOutcome<T> put(String path, Object body, JavaType type) {
    return send(new HostRequest("PUT", path, json.write(body)), type);
  }

  <T> HostOutcome<T> delete(String path, JavaType type) {
    return send(new HostRequest("DELETE", path, null), type);
  }

  /**
   * Every item of a paginated list, walking pages of {@link #PAGE_SIZE} until {@code page >=
   * pages}; {@code path} may carry its own query (e.g. {@code ?search=rm-}).
   */
  <T> HostOutcome<List<T>> getAll(String path, JavaType itemType) {
    JavaType pageType = json.pageOf(itemType);
    List<T> items = new ArrayList<>();
    for (int number = 1; number <= MAX_PAGES; number++) {
      HostOutcome<Page<T>> outcome = get(paged(path, number), pageType);
      Optional<HostError> failure = outcome.failure();
      if (failure.isPresent()) {
        return new HostOutcome.Failure<>(failure.get());
      }
      Page<T> page = outcome.orThrow();
      if (page == null) {
        break;
      }
      items.addAll(page.items());
      if (number >= page.pages()) {
        break;
      }
    }
    return new HostOutcome.Success<>(List.copyOf(items));
  }

  /**
   * A POST whose 2xx answer is not an envelope (the account test stream): the raw reply, read up to
   * {@code maxBodyBytes} within {@code deadline}; any other status is decoded as a refusal.
   */
  HostOutcome<HostReply> postForRawReply(
      String path, Object body, Duration deadline, int maxBodyBytes) {
    HostRequest request = new HostRequest("POST", path, json.write(body));
    JavaType anything = json.type(JsonNode.class);
    Function<HostReply, HostOutcome<HostReply>> read =
        reply ->
            reply.successful()
                ? new HostOutcome.Success<>(reply)
                : new HostOutcome.Failure<>(errorOf(request, reply, anything));
    return retriedOnRenewal(
        () -> read.apply(transport.exchangeBounded(request, headers(), deadline, maxBodyBytes)));
  }

  /** {@code text} with the session's secrets masked. */
  String mask(String text) {
    return authorizer.mask(text);
  }

  private <T> HostOutcome<T> send(HostRequest request, JavaType type) {
    return retriedOnRenewal(
        () -> decoder.decode(request, transport.exchange(request, headers()), type));
  }

  private <T> HostOutcome<T> retriedOnRenewal(Supplier<HostOutcome<T>> call) {
    HostOutcome<T> outcome = call.get();
    Optional<HostError> failure = outcome.failure();
    if (failure.isPresent() && authorizer.renewAfter(failure.get())) {
      // The auth middleware refused before any handler ran, so repeating even a write is safe.
      outcome = call.get();
    }
    return outcome.masked(authorizer::mask);
  }

  private HostError errorOf(HostRequest request, HostReply reply, JavaType anything) {
    return decoder
        .decode(request, reply, anything)
        .failure()
        .orElseGet(() -> WireMapper.unenveloped(reply.status(), request, reply.contentType()));
  }

  private Map<String, String> headers() {
    return authorizer.headers();
  }

  /** {@code value} encoded for a query string, e.g. {@code ?search=} + this. */
  static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String paged(String path, int page) {
    String separator = path.contains("?") ? "&" : "?";
    return path + separator + "page=" + page + "&page_size=" + PAGE_SIZE;
  }
}

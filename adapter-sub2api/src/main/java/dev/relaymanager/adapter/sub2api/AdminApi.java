package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JavaType;
import dev.relaymanager.adapter.sub2api.wire.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

  private <T> HostOutcome<T> send(HostRequest request, JavaType type) {
    HostOutcome<T> outcome = decoder.decode(request, transport.exchange(request, headers()), type);
    Optional<HostError> failure = outcome.failure();
    if (failure.isPresent() && authorizer.renewAfter(failure.get())) {
      // The auth middleware refused before any handler ran, so repeating even a write is safe.
      outcome = decoder.decode(request, transport.exchange(request, headers()), type);
    }
    return outcome.masked(authorizer::mask);
  }

  private Map<String, String> headers() {
    return authorizer.headers();
  }

  private static String paged(String path, int page) {
    String separator = path.contains("?") ? "&" : "?";
    return path + separator + "page=" + page + "&page_size=" + PAGE_SIZE;
  }
}

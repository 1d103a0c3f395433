package dev.relaymanager.adapter.sub2api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.relaymanager.domain.host.BaseUrl;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A loopback HTTP server with canned answers per method and path, standing in for a sub2api host in
 * unit tests; unknown routes get gin's plain-text 404. It records every request.
 */
final class FakeHost implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Function<RecordedRequest, Canned>> routes = new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);

  private FakeHost(HttpServer server) {
    this.server = server;
  }

  /** A started server on 127.0.0.1 and a free port. */
  static FakeHost start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeHost host = new FakeHost(server);
      server.createContext("/", host::handle);
      server.setExecutor(host.executor);
      server.start();
      return host;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  BaseUrl baseUrl() {
    return new BaseUrl("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Answers {@code method path} (query ignored) with {@code answer} every time. */
  FakeHost on(String method, String path, Canned answer) {
    return on(method, path, request -> answer);
  }

  /** Answers {@code method path} with the answers in turn, repeating the last one. */
  FakeHost onSequence(String method, String path, Canned... answers) {
    List<Canned> queue = new ArrayList<>(List.of(answers));
    return on(method, path, request -> queue.size() > 1 ? queue.remove(0) : queue.get(0));
  }

  /** Answers {@code method path} with whatever {@code answer} computes from the request. */
  FakeHost on(String method, String path, Function<RecordedRequest, Canned> answer) {
    routes.put(method + " " + path, answer);
    return this;
  }

  /** Never answers {@code method path} until the server is closed, to provoke a timeout. */
  FakeHost hang(String method, String path) {
    return on(method, path, request -> awaitRelease());
  }

  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  long count(String method, String path) {
    return requests.stream().filter(request -> request.is(method, path)).count();
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      RecordedRequest request = record(exchange);
      requests.add(request);
      Canned answer =
          routes
              .getOrDefault(request.method() + " " + request.path(), r -> Canned.routeMissing())
              .apply(request);
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      answer.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static RecordedRequest record(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String query = exchange.getRequestURI().getRawQuery();
    return new RecordedRequest(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getPath(),
        query == null ? "" : query,
        Map.copyOf(headers),
        body);
  }

  private Canned awaitRelease() {
    try {
      released.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Canned.text(503, "closed");
  }
}

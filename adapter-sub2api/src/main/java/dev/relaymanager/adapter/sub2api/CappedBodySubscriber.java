package dev.relaymanager.adapter.sub2api;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body as UTF-8 text as it arrives, keeping at most a fixed number of bytes: past
 * the cap it stops reading and completes with what it has, so a runaway stream cannot exhaust
 * memory.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<String> {
  private final int maxBytes;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<String> body = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBodySubscriber(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public CompletionStage<String> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription newSubscription) {
    subscription = newSubscription;
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      int room = maxBytes - bytes.size();
      int take = Math.min(room, buffer.remaining());
      byte[] chunk = new byte[take];
      buffer.get(chunk);
      bytes.write(chunk, 0, take);
    }
    if (bytes.size() >= maxBytes) {
      subscription.cancel();
      onComplete();
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable error) {
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    body.complete(bytes.toString(StandardCharsets.UTF_8));
  }
}

package dev.relaymanager.application.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs one task per item on a pool and waits for all of them. */
final class Workers {
  private Workers() {}

  /**
   * Runs {@code task} for every item on {@code pool} and waits until all have ended; then rethrows
   * the first failure, if any (a failure does not cancel the other items' work in progress).
   */
  static <T> void runAll(ExecutorService pool, List<T> items, Consumer<T> task) {
    List<Future<?>> futures = new ArrayList<>();
    items.forEach(item -> futures.add(pool.submit(() -> task.accept(item))));
    RuntimeException first = null;
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (ExecutionException e) {
        first = first == null ? unwrap(e) : first;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while importing accounts", e);
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private static RuntimeException unwrap(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return new IllegalStateException(cause);
  }
}

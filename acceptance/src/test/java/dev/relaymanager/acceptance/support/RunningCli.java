package dev.relaymanager.acceptance.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A started CLI process whose output is collected while it runs; await it or kill it. */
public final class RunningCli {
  private static final long TIMEOUT_SECONDS = 120;

  private final Process process;
  private final CompletableFuture<String> out;
  private final CompletableFuture<String> err;

  RunningCli(Process process) {
    this.process = process;
    this.out = drain(process.getInputStream());
    this.err = drain(process.getErrorStream());
  }

  /** Waits for the process to end (at most two minutes) and returns what it printed. */
  public CliResult await() {
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("the CLI did not end within " + TIMEOUT_SECONDS + " s");
      }
      return new CliResult(process.exitValue(), out.join(), err.join());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running the CLI", e);
    }
  }

  /** Kills the process at once (SIGKILL: no shutdown hook runs, as in a crash) and waits. */
  public CliResult kill() {
    process.destroyForcibly();
    return await();
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}

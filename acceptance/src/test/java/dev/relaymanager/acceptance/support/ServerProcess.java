package dev.relaymanager.acceptance.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code relay-manager serve --port 0} as a real process and finds its URL. */
public final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private static final long START_TIMEOUT_SECONDS = 60;

  private final Process process;
  private final String url;

  private ServerProcess(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /** Starts the server over {@code database} with {@code environment} added. */
  public static ServerProcess start(Path database, Map<String, String> environment) {
    Path jar = Path.of(System.getProperty("relaymanager.cli.jar", "missing-cli-jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("the CLI jar is not built: " + jar);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java, "-jar", jar.toString(), "--db", database.toString(), "serve", "--port", "0"));
    builder.environment().putAll(environment);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    try {
      Process process = builder.start();
      return new ServerProcess(process, awaitUrl(process));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL the server listens on, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return url;
  }

  /** Asks the server to stop (SIGTERM) and returns its exit code. */
  public int stop() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("the server did not stop on SIGTERM");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping the server", e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  private static String awaitUrl(Process process) {
    CompletableFuture<String> found =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                BufferedReader err =
                    new BufferedReader(
                        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                  Matcher matcher = LISTENING.matcher(line);
                  if (matcher.find()) {
                    drainInBackground(err);
                    return matcher.group(1);
                  }
                }
                throw new IllegalStateException("the server ended before it listened");
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try {
      return found.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the server", e);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("the server did not start", e);
    }
  }

  private static void drainInBackground(BufferedReader err) {
    CompletableFuture.runAsync(
        () -> {
          try {
            while (err.readLine() != null) {
              // keep the pipe empty so the server never blocks on logging
            }
          } catch (IOException e) {
            // the process ended; nothing more to read
          }
        });
  }
}

package dev.relaymanager.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/** What every command shares: the runtime, the global options, and how results are printed. */
public final class CommandContext {
  private final CliRuntime runtime;
  private final StateOptions state;
  private final OutputOptions output;

  public CommandContext(CliRuntime runtime, StateOptions state, OutputOptions output) {
    this.runtime = Objects.requireNonNull(runtime, "runtime");
    this.state = Objects.requireNonNull(state, "state");
    this.output = Objects.requireNonNull(output, "output");
  }

  public CliRuntime runtime() {
    return runtime;
  }

  public StateOptions state() {
    return state;
  }

  public OutputOptions output() {
    return output;
  }

  /** The state file: {@code --db} (relative to the working directory) or the default one. */
  public Path database() {
    return state
        .database()
        .map(path -> runtime.workingDirectory().resolve(path).normalize())
        .orElseGet(runtime::defaultDatabase);
  }

  /** The use cases over {@link #database()}. */
  public Workspace workspace() {
    return runtime.workspace(database());
  }

  /** Prints {@code result} as one JSON document with {@code --json}, else through {@code human}. */
  public <T> void print(PrintWriter out, T result, Consumer<T> human)
      throws JsonProcessingException {
    if (output.json()) {
      out.println(
          runtime.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
    } else {
      human.accept(result);
    }
    out.flush();
  }
}

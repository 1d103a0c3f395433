package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.application.imports.ImportCounts;
import dev.relaymanager.application.imports.ImportProgress;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Draws an import's progress as one line on stderr, redrawn in place with {@code \r}; silent unless
 * enabled (a terminal, no {@code --json}). {@link #end()} finishes the line with a newline.
 */
final class ProgressLine implements ImportProgress {
  private final PrintWriter err;
  private final boolean enabled;
  private int drawn;

  ProgressLine(PrintWriter err, boolean enabled) {
    this.err = Objects.requireNonNull(err, "err");
    this.enabled = enabled;
  }

  /** The progress line of a command's import: drawn only on a terminal and without --json. */
  static ProgressLine of(CommandContext context, PrintWriter err) {
    return new ProgressLine(err, context.runtime().interactive() && !context.output().json());
  }

  @Override
  public synchronized void advanced(ImportCounts counts) {
    if (!enabled) {
      return;
    }
    String line = text(counts);
    // Pads over the rest of a longer previous line.
    err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
    err.flush();
    drawn = line.length();
  }

  /** Ends the line, if one was drawn. */
  synchronized void end() {
    if (drawn > 0) {
      err.println();
      err.flush();
      drawn = 0;
    }
  }

  static String text(ImportCounts counts) {
    int total = counts.accounts();
    String adopted = counts.adopted() > 0 ? " (" + counts.adopted() + " adopted)" : "";
    return "accounts created "
        + (counts.created() + counts.adopted())
        + "/"
        + total
        + adopted
        + ", tested "
        + counts.tested()
        + "/"
        + total
        + ", failed "
        + counts.failed();
  }
}

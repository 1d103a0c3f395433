package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.imports.ImportPreview;
import dev.relaymanager.application.imports.PreviewImport;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code import preview}: the plan of an import against the live host; writes nothing. Exits 1 when
 * the plan is blocked or the host lacks a capability.
 */
@Command(
    name = "preview",
    description = "Show what an import would create, update, adopt or leave; writes nothing.")
public final class ImportPreviewCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;
  @Mixin private ImportOptions target;

  public ImportPreviewCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    PreviewImport.Command command =
        PreviewImport.Command.parse(
            target.host,
            target.pack,
            target.provider,
            target.mode,
            KeysFile.read(context, target.keysFile));
    ImportPreview preview = context.workspace().imports().preview().execute(command);
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, preview, p -> PreviewText.print(out, p));
    return ExitCodes.forPreviewVerdict(preview.verdict());
  }
}

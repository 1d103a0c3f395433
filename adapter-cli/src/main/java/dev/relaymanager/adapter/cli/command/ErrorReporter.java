package dev.relaymanager.adapter.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.domain.shared.RelayException;
import java.io.PrintWriter;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Reports a failed command as one line on stderr ({@code error: ...}), or one problem-shaped JSON
 * line with {@code --json}, and picks its exit code; stack traces only with {@code --verbose}.
 */
final class ErrorReporter
    implements IExecutionExceptionHandler, IExitCodeExceptionMapper, IParameterExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

  private final CommandContext context;

  ErrorReporter(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    CliProblem problem =
        e instanceof RelayException
            ? CliProblem.of((RelayException) e)
            : CliProblem.internal("unexpected failure: " + e.getClass().getSimpleName());
    if (!(e instanceof RelayException)) {
      LOG.debug("command failed unexpectedly", e);
    }
    err.println(context.output().json() ? json(problem) : "error: " + problem.detail());
    if (context.output().verbose()) {
      e.printStackTrace(err);
    }
    err.flush();
    return getExitCode(e);
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    String hint = " (see: " + commandLine.getCommandSpec().qualifiedName() + " --help)";
    err.println(
        context.output().json()
            ? json(CliProblem.usage(e.getMessage()))
            : "error: " + e.getMessage() + hint);
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public int getExitCode(Throwable exception) {
    return exception instanceof ParameterException
        ? ExitCodes.USAGE
        : ExitCodes.forFailure(exception);
  }

  private String json(CliProblem problem) {
    try {
      return context.runtime().objectMapper().writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem record always serializes", e);
    }
  }
}

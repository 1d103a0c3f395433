package dev.relaymanager.adapter.cli;

import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostUnreachableException;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.NotFoundException;
import dev.relaymanager.domain.shared.RelayException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The CLI's stable exit codes, and which failure ends with which. */
public final class ExitCodes {
  public static final int OK = 0;

  /** The operation ran and failed (e.g. the host refused the credentials). */
  public static final int FAILED = 1;

  /** Bad input, an unknown name, or a conflict with existing state. */
  public static final int USAGE = 2;

  public static final int HOST_UNREACHABLE = 3;

  private static final Map<Class<? extends RelayException>, Integer> BY_EXCEPTION =
      Map.of(
          InvalidInputException.class, USAGE,
          NotFoundException.class, USAGE,
          ConflictException.class, USAGE,
          HostUnreachableException.class, HOST_UNREACHABLE,
          HostRejectedException.class, FAILED);

  /**
   * Batch statuses that end {@code import apply} and {@code import resume} with {@link #FAILED}.
   */
  private static final Set<String> FAILED_BATCH_STATUSES =
      Set.of("failed", "rolled_back", "rollback_failed");

  /** Preview verdicts under which an apply cannot succeed. */
  private static final Set<String> FAILED_VERDICTS = Set.of("blocked", "unsupported");

  private ExitCodes() {}

  /**
   * The exit code of an import that ran: {@link #FAILED} for a failed or rolled-back batch, else
   * {@link #OK}; {@code partially_succeeded} (some keys failed, the rest imported) is a success
   * whose failures the report shows.
   */
  public static int forBatchStatus(String status) {
    return FAILED_BATCH_STATUSES.contains(status) ? FAILED : OK;
  }

  /** The exit code of a preview: {@link #FAILED} when the plan is blocked or unsupported. */
  public static int forPreviewVerdict(String verdict) {
    return FAILED_VERDICTS.contains(verdict) ? FAILED : OK;
  }

  /** The exit code of a rollback: {@link #OK} for {@code rolled_back}, else {@link #FAILED}. */
  public static int forRollbackStatus(String status) {
    return "rolled_back".equals(status) ? OK : FAILED;
  }

  /** The exit code of a reconcile: {@link #OK} for {@code in_sync}, {@link #FAILED} for drift. */
  public static int forReconcileResult(String result) {
    return "in_sync".equals(result) ? OK : FAILED;
  }

  /** The exit code for a domain exception of {@code type}, if it is mapped. */
  public static Optional<Integer> forType(Class<? extends RelayException> type) {
    return Optional.ofNullable(BY_EXCEPTION.get(type));
  }

  /** The exit code for {@code e}: its mapped code, else {@link #FAILED}. */
  public static int forFailure(Throwable e) {
    return e instanceof RelayException
        ? forType(((RelayException) e).getClass()).orElse(FAILED)
        : FAILED;
  }
}

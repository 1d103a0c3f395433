package dev.relaymanager.adapter.cli;

import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostUnreachableException;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.NotFoundException;
import dev.relaymanager.domain.shared.RelayException;
import java.util.Map;
import java.util.Optional;

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

  private ExitCodes() {}

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

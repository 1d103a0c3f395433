package dev.relaymanager.domain.shared;

/**
 * The one unchecked exception family that crosses ports; every adapter maps each subtype to an HTTP
 * status and a CLI exit code.
 */
public abstract sealed class RelayException extends RuntimeException
    permits InvalidInputException,
        NotFoundException,
        ConflictException,
        HostUnreachableException,
        HostRejectedException {

  protected RelayException(String message) {
    super(message);
  }

  protected RelayException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A stable, machine-readable name of the problem, e.g. {@code invalid_input}. */
  public abstract String code();
}

package dev.relaymanager.domain.shared;

/** The host could not be reached: connection refused, timeout, DNS or TLS failure. */
public final class HostUnreachableException extends RelayException {
  public HostUnreachableException(String message) {
    super(message);
  }

  public HostUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String code() {
    return "host_unreachable";
  }
}

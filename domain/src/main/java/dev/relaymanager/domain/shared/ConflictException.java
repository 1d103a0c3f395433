package dev.relaymanager.domain.shared;

/**
 * The request clashes with existing state (a duplicate name, a running batch, a changed object).
 */
public final class ConflictException extends RelayException {
  public ConflictException(String message) {
    super(message);
  }

  @Override
  public String code() {
    return "conflict";
  }
}

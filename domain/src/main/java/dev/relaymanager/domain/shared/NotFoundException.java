package dev.relaymanager.domain.shared;

/** The named object does not exist (in the manager's state or on the host). */
public final class NotFoundException extends RelayException {
  private final String kind;
  private final String identifier;

  public NotFoundException(String kind, String identifier) {
    super(kind + " '" + identifier + "' not found");
    this.kind = kind;
    this.identifier = identifier;
  }

  public String kind() {
    return kind;
  }

  public String identifier() {
    return identifier;
  }

  @Override
  public String code() {
    return "not_found";
  }
}

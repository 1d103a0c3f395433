package dev.relaymanager.adapter.http;

import dev.relaymanager.application.access.SetProbeUser;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violation;
import java.util.stream.Collectors;

/**
 * The body of {@code PUT /api/hosts/{name}/probe-user}: the user's {@code email} and {@code
 * password_ref} ({@code env:VAR} or {@code file:/abs/path}). There is no field for the password
 * itself, so a body that sends one is refused as an unknown field.
 */
public record ProbeUserRequest(String email, String passwordRef) {
  private static final String USE_CASE_PATH = "probe_password_ref";

  /** The use case's command for the host {@code hostName}; reports every problem at once. */
  public SetProbeUser.Command toCommand(String hostName) {
    try {
      return SetProbeUser.Command.parse(
          hostName, email == null ? "" : email, passwordRef == null ? "" : passwordRef);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.violations().stream().map(ProbeUserRequest::asBodyField).collect(Collectors.toList()));
    }
  }

  /** The use case names the reference as the CLI's option does; the body calls it password_ref. */
  private static Violation asBodyField(Violation violation) {
    return violation.path().equals(USE_CASE_PATH)
        ? new Violation("password_ref", violation.message())
        : violation;
  }
}

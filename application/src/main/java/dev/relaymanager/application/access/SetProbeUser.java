package dev.relaymanager.application.access;

import dev.relaymanager.application.host.HostLookup;
import dev.relaymanager.domain.access.EmailAddress;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ProbeUserRepository;
import dev.relaymanager.domain.port.SecretResolver;
import dev.relaymanager.domain.shared.SecretReference;
import dev.relaymanager.domain.shared.Violations;
import java.util.Objects;

/**
 * Sets the probe user of a host ({@code hosts add --probe-user} or {@code hosts set-probe-user}):
 * checks that the password reference can be read now, stores the email and the reference only.
 */
public final class SetProbeUser {
  private final HostLookup hosts;
  private final ProbeUserRepository probeUsers;
  private final SecretResolver secrets;

  public SetProbeUser(
      HostRepository hosts, ProbeUserRepository probeUsers, SecretResolver secrets) {
    this.hosts = new HostLookup(Objects.requireNonNull(hosts, "hosts"));
    this.probeUsers = Objects.requireNonNull(probeUsers, "probeUsers");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  /** The operator's input; checks every field at once. */
  public record Command(String hostName, EmailAddress email, SecretReference passwordRef) {
    public Command {
      Objects.requireNonNull(hostName, "hostName");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(passwordRef, "passwordRef");
    }

    /** Parses the raw texts, reporting every violation together. */
    public static Command parse(String hostName, String email, String passwordRef) {
      Violations violations = new Violations();
      violations.check(() -> new EmailAddress(email));
      violations.check(() -> SecretReference.parse("probe_password_ref", passwordRef));
      violations.throwIfAny();
      return new Command(
          hostName,
          new EmailAddress(email),
          SecretReference.parse("probe_password_ref", passwordRef));
    }
  }

  /** What was stored: the host, the email and the reference, never the password. */
  public record ProbeUserView(String host, String email, String passwordRef) {}

  /**
   * Stores the probe user of the host.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the host is not registered
   * @throws dev.relaymanager.domain.shared.InvalidInputException if the password cannot be read
   */
  public ProbeUserView execute(Command command) {
    Host host = hosts.byName(command.hostName());
    secrets.resolve(command.passwordRef());
    ProbeUser user = new ProbeUser(host.id(), command.email(), command.passwordRef());
    probeUsers.save(user);
    return new ProbeUserView(
        host.name().toString(), user.email().value(), user.password().toString());
  }
}

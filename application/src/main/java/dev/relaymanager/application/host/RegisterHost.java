package dev.relaymanager.application.host;

import dev.relaymanager.domain.host.AdminAuth;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.HostName;
import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.IdGenerator;
import dev.relaymanager.domain.port.SecretResolver;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.SecretReference;
import dev.relaymanager.domain.shared.Violations;
import java.time.Clock;
import java.util.Objects;

/** Registers a sub2api host; checks that its secret can be read, and stores only the reference. */
public final class RegisterHost {
  private final HostRepository hosts;
  private final SecretResolver secrets;
  private final IdGenerator ids;
  private final Clock clock;

  public RegisterHost(HostRepository hosts, SecretResolver secrets, IdGenerator ids, Clock clock) {
    this.hosts = Objects.requireNonNull(hosts, "hosts");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A valid registration request. */
  public record Command(HostName name, BaseUrl url, AdminAuth adminAuth, ResourcePrefix prefix) {
    public Command {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(adminAuth, "adminAuth");
      Objects.requireNonNull(prefix, "prefix");
    }

    /**
     * Builds a command from raw operator input, reporting every problem at once. Exactly one of
     * {@code adminKeyRef} and ({@code adminEmail}, {@code adminPasswordRef}) must be given; absent
     * values are null, and a null {@code prefix} means the default.
     *
     * @throws dev.relaymanager.domain.shared.InvalidInputException with all violations
     */
    public static Command parse(
        String name,
        String url,
        String adminKeyRef,
        String adminEmail,
        String adminPasswordRef,
        String prefix) {
      Violations violations = new Violations();
      HostName[] hostName = new HostName[1];
      BaseUrl[] baseUrl = new BaseUrl[1];
      AdminAuth[] auth = new AdminAuth[1];
      ResourcePrefix[] resourcePrefix = {ResourcePrefix.DEFAULT};
      violations.check(() -> hostName[0] = new HostName(required("name", name)));
      violations.check(() -> baseUrl[0] = BaseUrl.parse("url", required("url", url)));
      violations.check(() -> auth[0] = adminAuth(adminKeyRef, adminEmail, adminPasswordRef));
      if (prefix != null) {
        violations.check(() -> resourcePrefix[0] = new ResourcePrefix(prefix));
      }
      violations.throwIfAny();
      return new Command(hostName[0], baseUrl[0], auth[0], resourcePrefix[0]);
    }

    private static AdminAuth adminAuth(String keyRef, String email, String passwordRef) {
      Violations violations = new Violations();
      boolean key = keyRef != null;
      boolean login = email != null || passwordRef != null;
      if (key == login) {
        violations.add(
            "admin_auth",
            "give either --admin-key-ref, or --admin-email with --admin-password-ref");
        violations.throwIfAny();
      }
      if (key) {
        return new AdminAuth.ApiKey(SecretReference.parse("admin_key_ref", keyRef));
      }
      SecretReference[] password = new SecretReference[1];
      violations.check(
          () ->
              password[0] =
                  SecretReference.parse(
                      "admin_password_ref", required("admin_password_ref", passwordRef)));
      violations.check(() -> required("admin_email", email));
      violations.throwIfAny();
      return new AdminAuth.Login(email, password[0]);
    }

    private static String required(String path, String value) {
      if (value == null || value.isBlank()) {
        throw dev.relaymanager.domain.shared.InvalidInputException.of(path, "is required");
      }
      return value;
    }
  }

  /**
   * Registers the host.
   *
   * @throws ConflictException if a host with that name exists
   * @throws dev.relaymanager.domain.shared.InvalidInputException if the secret cannot be read
   */
  public HostView execute(Command command) {
    if (hosts.findByName(command.name()).isPresent()) {
      throw new ConflictException("a host named '" + command.name() + "' is already registered");
    }
    secrets.resolve(command.adminAuth().secretReference());
    Host host =
        Host.register(
            new HostId(ids.newId()),
            command.name(),
            command.url(),
            command.adminAuth(),
            command.prefix(),
            clock.instant());
    hosts.add(host);
    return HostView.of(host);
  }
}

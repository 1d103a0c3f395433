package dev.relaymanager.application.host;

import dev.relaymanager.domain.host.AdminAuth;
import dev.relaymanager.domain.host.Host;
import java.time.Instant;

/**
 * A host as shown to operators and API clients: references, never secrets.
 *
 * @param adminEmail the admin login email, or null when the host uses an admin API key
 * @param lastProbe the last probe result, or null when the host was never probed
 */
public record HostView(
    String id,
    String name,
    String url,
    String authMethod,
    String secretRef,
    String adminEmail,
    String prefix,
    Instant createdAt,
    Instant updatedAt,
    ProbeView lastProbe) {

  /** The view of {@code host}. */
  public static HostView of(Host host) {
    AdminAuth auth = host.adminAuth();
    String email = auth instanceof AdminAuth.Login ? ((AdminAuth.Login) auth).email() : null;
    return new HostView(
        host.id().value(),
        host.name().value(),
        host.baseUrl().value(),
        auth.method(),
        auth.secretReference().toString(),
        email,
        host.prefix().value(),
        host.createdAt(),
        host.updatedAt(),
        host.lastProbe().map(ProbeView::of).orElse(null));
  }
}

package dev.relaymanager.domain.host;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A registered sub2api host: where it is, how to authenticate, and what the last probe found. */
public final class Host {
  private final HostId id;
  private final HostName name;
  private final BaseUrl baseUrl;
  private final AdminAuth adminAuth;
  private final ResourcePrefix prefix;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final HostProbe lastProbe;

  private Host(
      HostId id,
      HostName name,
      BaseUrl baseUrl,
      AdminAuth adminAuth,
      ResourcePrefix prefix,
      Instant createdAt,
      Instant updatedAt,
      HostProbe lastProbe) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.adminAuth = Objects.requireNonNull(adminAuth, "adminAuth");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    this.lastProbe = lastProbe;
  }

  /** A newly registered host that has not been probed yet. */
  public static Host register(
      HostId id,
      HostName name,
      BaseUrl baseUrl,
      AdminAuth adminAuth,
      ResourcePrefix prefix,
      Instant now) {
    return new Host(id, name, baseUrl, adminAuth, prefix, now, now, null);
  }

  /** Rebuilds a stored host; for repositories only. {@code lastProbe} may be absent. */
  public static Host restore(
      HostId id,
      HostName name,
      BaseUrl baseUrl,
      AdminAuth adminAuth,
      ResourcePrefix prefix,
      Instant createdAt,
      Instant updatedAt,
      Optional<HostProbe> lastProbe) {
    return new Host(
        id, name, baseUrl, adminAuth, prefix, createdAt, updatedAt, lastProbe.orElse(null));
  }

  /** This host with {@code probe} as its latest probe result. */
  public Host recordProbe(HostProbe probe) {
    Objects.requireNonNull(probe, "probe");
    return new Host(id, name, baseUrl, adminAuth, prefix, createdAt, probe.checkedAt(), probe);
  }

  public HostId id() {
    return id;
  }

  public HostName name() {
    return name;
  }

  public BaseUrl baseUrl() {
    return baseUrl;
  }

  public AdminAuth adminAuth() {
    return adminAuth;
  }

  public ResourcePrefix prefix() {
    return prefix;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<HostProbe> lastProbe() {
    return Optional.ofNullable(lastProbe);
  }

  /** The capabilities seen by the last healthy probe, if there was one. */
  public Optional<HostCapabilities> capabilities() {
    return lastProbe instanceof HostProbe.Healthy
        ? Optional.of(((HostProbe.Healthy) lastProbe).inspection().capabilities())
        : Optional.empty();
  }

  @Override
  public String toString() {
    return "Host[" + name + " " + baseUrl + "]";
  }
}

package dev.relaymanager.domain.port;

import org.junit.jupiter.api.BeforeEach;

/**
 * What every {@link HostAdmin} must do: the in-memory fake extends it in the domain tests, the
 * sub2api adapter in acceptance against the simulated host. The cases live in the interfaces it
 * implements, one per kind of host object.
 */
public abstract class HostAdminContract
    implements HostAdminGroupCases,
        HostAdminAccountCases,
        HostAdminAccountTestCases,
        HostAdminChannelCases,
        HostAdminPlanCases {
  private HostAdmin admin;

  /** The port on a host holding no groups, accounts or channels, for one test. */
  protected abstract HostAdmin newHostAdmin();

  @BeforeEach
  final void connect() {
    admin = newHostAdmin();
  }

  @Override
  public final HostAdmin admin() {
    return admin;
  }
}

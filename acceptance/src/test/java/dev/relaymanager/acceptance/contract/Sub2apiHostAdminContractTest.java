package dev.relaymanager.acceptance.contract;

import dev.relaymanager.acceptance.simhost.SimOptions;
import dev.relaymanager.acceptance.simhost.SimulatedHost;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.adapter.sub2api.Sub2apiHostConnector;
import dev.relaymanager.adapter.sub2api.Sub2apiSettings;
import dev.relaymanager.domain.host.AdminCredentials;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.HostAccess;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.port.HostAdminContract;
import dev.relaymanager.domain.provider.LimitWindow;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Holds the sub2api adapter, talking to the simulated host, to the {@code HostAdmin} contract. */
class Sub2apiHostAdminContractTest extends HostAdminContract {
  private static SimulatedHost host;
  private final AtomicInteger keys = new AtomicInteger();

  @BeforeAll
  static void startHost() {
    host = SimulatedHost.start(SimOptions.defaults().port(0));
  }

  @AfterAll
  static void stopHost() {
    host.close();
  }

  @Override
  protected HostAdmin newHostAdmin() {
    host.reset();
    HostAccess access =
        new HostAccess(
            new HostId("h-contract"),
            new BaseUrl(host.baseUrl()),
            new AdminCredentials.ApiKey(Secret.of(host.adminApiKey())));
    return new Sub2apiHostConnector(Sub2apiSettings.defaults(), Clock.systemUTC()).connect(access);
  }

  /** The simulated providers' key convention: {@code sk-sim-<behaviour>-…}. */
  @Override
  public String keyAnswering(UpstreamAnswer answer) {
    String behaviour = "ratelimit";
    if (answer == UpstreamAnswer.BAD_AUTH) {
      behaviour = "badauth";
    } else if (answer == UpstreamAnswer.NO_QUOTA) {
      behaviour = "noquota";
    }
    return "sk-sim-" + behaviour + "-contract-" + keys.incrementAndGet();
  }

  @Override
  public void editGroupLimitByHand(long groupId, LimitWindow window, BigDecimal usd) {
    Double value = usd == null ? null : usd.doubleValue();
    host.withState(
        s -> {
          GroupRow row =
              s.tables.groups.stream().filter(g -> g.id == groupId).findFirst().orElseThrow();
          if (window == LimitWindow.DAILY) {
            row.dailyLimitUsd = value;
          } else if (window == LimitWindow.WEEKLY) {
            row.weeklyLimitUsd = value;
          } else {
            row.monthlyLimitUsd = value;
          }
          return row;
        });
  }

  @Override
  public void dropChannelRoutes() {
    host.knobs(k -> k.channels = false);
  }
}

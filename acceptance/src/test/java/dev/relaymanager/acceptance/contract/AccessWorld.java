package dev.relaymanager.acceptance.contract;

import dev.relaymanager.acceptance.simhost.SimulatedHost;
import dev.relaymanager.adapter.sub2api.Sub2apiAccessConnector;
import dev.relaymanager.adapter.sub2api.Sub2apiHostConnector;
import dev.relaymanager.adapter.sub2api.Sub2apiSettings;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.UserDraft;
import dev.relaymanager.domain.access.UserLogin;
import dev.relaymanager.domain.host.AdminCredentials;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.HostAccess;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.Platform;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.port.HostGateway;
import dev.relaymanager.domain.port.HostUsers;
import dev.relaymanager.domain.port.UserSession;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.GroupType;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The adapters against one simulated host: admin objects made through {@code HostAdmin}, users and
 * keys through the access ports, as an import followed by access closure would make them.
 */
final class AccessWorld {
  static final ModelId MODEL = new ModelId("deepseek-chat");
  static final String PASSWORD = "user-Passw0rd-9";

  final SimulatedHost sim;
  final Sub2apiAccessConnector access =
      new Sub2apiAccessConnector(Sub2apiSettings.defaults(), Clock.systemUTC());
  final HostAdmin admin;
  final HostUsers users;

  AccessWorld(SimulatedHost sim) {
    this.sim = sim;
    HostAccess hostAccess =
        new HostAccess(
            new HostId("h-access"),
            baseUrl(),
            new AdminCredentials.ApiKey(Secret.of(sim.adminApiKey())));
    this.admin =
        new Sub2apiHostConnector(Sub2apiSettings.defaults(), Clock.systemUTC()).connect(hostAccess);
    this.users = access.users(hostAccess);
  }

  BaseUrl baseUrl() {
    return new BaseUrl(sim.baseUrl());
  }

  /** A group served by one simulated DeepSeek account with {@code upstreamKey}. */
  LiveGroup servedGroup(String name, GroupType type, boolean exclusive, String upstreamKey) {
    LiveGroup group =
        admin.createGroup(
            new GroupDraft(
                name,
                "[relay-manager] test",
                Platform.OPENAI,
                type,
                BigDecimal.ONE,
                exclusive,
                Map.of()));
    admin.createAccount(
        new AccountDraft(
            name + "-acct",
            "[relay-manager] test",
            Platform.OPENAI,
            Secret.of(upstreamKey),
            new BaseUrl(sim.upstreamBaseUrl("deepseek")),
            Map.of(MODEL, MODEL),
            AccountDraft.FORCE_CHAT_COMPLETIONS,
            5,
            50,
            BigDecimal.ONE,
            List.of(group.id())),
        new IdempotencyKey(name + "-acct"));
    return group;
  }

  LiveUser newUser(String email) {
    return users.createUser(new UserDraft(email, Secret.of(PASSWORD), "rm-user", "rm:test"));
  }

  UserSession sessionOf(String email) {
    return access.userSession(baseUrl(), new UserLogin(email, Secret.of(PASSWORD)));
  }

  HostGateway gateway() {
    return access.gateway(baseUrl());
  }
}

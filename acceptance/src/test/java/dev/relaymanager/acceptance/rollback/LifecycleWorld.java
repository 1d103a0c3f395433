package dev.relaymanager.acceptance.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.acceptance.imports.ImportWorld;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.support.CliResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An {@link ImportWorld} with cn-sim's DeepSeek imported as one batch, and the hand edits that make
 * drift on the simulated host: a group limit changed, an account deleted, an orphan, a duplicate
 * and a foreign group with a similar name.
 */
final class LifecycleWorld implements AutoCloseable {
  static final String KEY_1 = "sk-sim-ok-1111aaaa";
  static final String KEY_2 = "sk-sim-ok-2222bbbb";
  static final String PROBE_EMAIL = "probe@example.com";

  final ImportWorld world;
  final String keys;
  String batch;
  String provider;

  LifecycleWorld(Path dir) {
    world = new ImportWorld(dir);
    world.installPack("1.0.0", "0.30");
    keys = world.keysFile("keys.txt", KEY_1, KEY_2);
  }

  /** Sets the host's probe user with {@code hosts set-probe-user}: imports then close access. */
  LifecycleWorld withProbeUser() {
    world.setProbeUser(PROBE_EMAIL, "probe-Secret-9c1f");
    return this;
  }

  /** Imports both keys with {@code import apply --yes}; remembers the batch and provider. */
  LifecycleWorld imported(String... more) {
    String[] args =
        Stream.concat(
                Arrays.stream(ImportWorld.importArgs("apply", "cn-sim", keys, "--yes")),
                Arrays.stream(more))
            .toArray(String[]::new);
    CliResult applied = world.cli.run(args);
    assertThat(applied.exitCode()).as(applied.allOutput()).isZero();
    JsonNode report = world.json(applied);
    batch = report.get("batch_id").asText();
    provider = report.get("provider_id").asText();
    return this;
  }

  CliResult run(String... args) {
    return world.cli.run(args);
  }

  JsonNode json(CliResult result) {
    return world.json(result);
  }

  /** The live objects whose name carries our prefix. */
  List<String> ours() {
    return world.sim.withState(
        s ->
            Stream.of(
                    s.tables.groups.stream().filter(g -> !g.deleted()).map(g -> g.name),
                    s.tables.channels.stream().filter(c -> !c.deleted()).map(c -> c.name),
                    s.tables.accounts.stream().filter(a -> !a.deleted()).map(a -> a.name))
                .flatMap(n -> n)
                .filter(n -> n.startsWith("rm-"))
                .collect(Collectors.toList()));
  }

  /**
   * The probe user's live objects on the host, e.g. {@code user probe@example.com}, {@code key
   * rm-…-probe}, {@code subscription of group 12}: soft-deleted and revoked rows do not count.
   */
  List<String> liveProbeObjects() {
    return world.sim.withState(
        s -> {
          List<Long> users =
              s.tables.users.stream()
                  .filter(u -> !u.deleted() && u.email.equals(PROBE_EMAIL))
                  .map(u -> u.id)
                  .toList();
          return Stream.of(
                  users.stream().map(id -> "user " + PROBE_EMAIL),
                  s.tables.apiKeys.stream()
                      .filter(k -> !k.deleted() && users.contains(k.userId))
                      .map(k -> "key " + k.name),
                  s.tables.subscriptions.stream()
                      .filter(x -> !x.deleted() && !x.status.equals("revoked"))
                      .filter(x -> users.contains(x.userId))
                      .map(x -> "subscription of group " + x.groupId))
              .flatMap(o -> o)
              .collect(Collectors.toList());
        });
  }

  /** Our group: the one whose description carries the marker. */
  long groupId() {
    return world.groups().stream()
        .filter(g -> g.description.contains("[relay-manager]"))
        .findFirst()
        .orElseThrow()
        .id;
  }

  void setGroupDailyLimit(double usd) {
    world.sim.withState(s -> s.group(groupId()).orElseThrow().dailyLimitUsd = usd);
  }

  /** Soft-deletes the account of {@code key}, as a hand delete on the host would. */
  void deleteAccountOf(String key) {
    world.sim.withState(
        s -> {
          AccountRow row = accountOf(s.tables.accounts, key);
          row.deletedAt = s.now();
          return row;
        });
  }

  /** Inserts a second active account identical to the one of {@code key}; returns its id. */
  long duplicateAccountOf(String key) {
    return world.sim.withState(
        s -> {
          AccountRow copy = copy(accountOf(s.tables.accounts, key), s.nextId());
          s.tables.accounts.add(copy);
          return copy.id;
        });
  }

  /**
   * Inserts an account like the one of {@code key} but for {@code otherKey}, which no batch knows.
   */
  long orphanAccountLike(String key, String otherKey) {
    return world.sim.withState(
        s -> {
          AccountRow copy = copy(accountOf(s.tables.accounts, key), s.nextId());
          copy.name = copy.name.replace(fp12(key), fp12(otherKey));
          copy.notes = copy.notes.replace(fp12(key), fp12(otherKey));
          copy.credentials.put("api_key", otherKey);
          s.tables.accounts.add(copy);
          return copy.id;
        });
  }

  /** Inserts a foreign group whose name only resembles ours (no marker); returns its id. */
  long foreignGroupLike() {
    return world.sim.withState(
        s -> {
          GroupRow ours = s.group(groupId()).orElseThrow();
          GroupRow foreign = new GroupRow();
          foreign.id = s.nextId();
          foreign.name = ours.name + "-team";
          foreign.description = "made by hand";
          foreign.platform = ours.platform;
          foreign.subscriptionType = ours.subscriptionType;
          foreign.createdAt = s.now();
          foreign.updatedAt = s.now();
          s.tables.groups.add(foreign);
          return foreign.id;
        });
  }

  boolean isLive(long groupId) {
    return world.sim.withState(s -> s.group(groupId).filter(g -> !g.deleted()).isPresent());
  }

  static String fp12(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AccountRow accountOf(List<AccountRow> accounts, String key) {
    return accounts.stream()
        .filter(a -> !a.deleted() && key.equals(a.credential("api_key")))
        .findFirst()
        .orElseThrow();
  }

  private static AccountRow copy(AccountRow from, long id) {
    AccountRow copy = new AccountRow();
    copy.id = id;
    copy.name = from.name;
    copy.notes = from.notes;
    copy.platform = from.platform;
    copy.type = from.type;
    copy.credentials.putAll(from.credentials);
    copy.extra.putAll(from.extra);
    copy.concurrency = from.concurrency;
    copy.priority = from.priority;
    copy.groupIds.addAll(from.groupIds);
    copy.createdAt = from.createdAt;
    copy.updatedAt = from.updatedAt;
    return copy;
  }

  @Override
  public void close() {
    world.close();
  }
}

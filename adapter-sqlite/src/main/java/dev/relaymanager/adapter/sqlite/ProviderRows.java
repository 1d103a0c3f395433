package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.pack.PackVersion;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Maps {@link Provider} to its rows in three tables and back. */
final class ProviderRows {
  private static final String GROUP = "group";
  private static final String CHANNEL = "channel";
  private static final String ACCOUNT = "account";

  private ProviderRows() {}

  static ProviderRow toRow(Provider provider) {
    return new ProviderRow(
        provider.id().value(),
        provider.hostId().value(),
        provider.pack().name().value(),
        provider.pack().version().toString(),
        provider.name().value(),
        SqliteInstants.text(provider.createdAt()),
        SqliteInstants.text(provider.updatedAt()));
  }

  static List<ProviderObjectRow> toObjectRows(Provider provider) {
    String id = provider.id().value();
    List<ProviderObjectRow> rows = new ArrayList<>();
    provider
        .groupIds()
        .forEach(
            (mode, group) -> rows.add(new ProviderObjectRow(id, GROUP, WireNames.of(mode), group)));
    provider
        .channelId()
        .ifPresent(channel -> rows.add(new ProviderObjectRow(id, CHANNEL, "", channel)));
    provider
        .accountIds()
        .forEach(
            (key, account) -> rows.add(new ProviderObjectRow(id, ACCOUNT, key.hex(), account)));
    return rows;
  }

  static List<ProviderBatchRow> toBatchRows(Provider provider) {
    List<BatchId> batches = provider.batches();
    List<ProviderBatchRow> rows = new ArrayList<>();
    for (int position = 0; position < batches.size(); position++) {
      rows.add(
          new ProviderBatchRow(provider.id().value(), position, batches.get(position).value()));
    }
    return rows;
  }

  static Provider toDomain(ProviderRow row, List<ProviderObjectRow> objects, List<String> batches) {
    return Provider.restore(
        new ProviderId(row.id()),
        new HostId(row.hostId()),
        new PackRef(new PackName(row.packName()), PackVersion.parse(row.packVersion())),
        new ProviderName(row.providerName()),
        groups(objects),
        ofKind(objects, CHANNEL).mapToLong(ProviderObjectRow::hostObjectId).findFirst().orElse(0),
        accounts(objects),
        batches.stream().map(BatchId::new).collect(Collectors.toList()),
        SqliteInstants.parse(row.createdAt()),
        SqliteInstants.parse(row.updatedAt()));
  }

  private static Map<ImportMode, Long> groups(List<ProviderObjectRow> objects) {
    Map<ImportMode, Long> groups = new EnumMap<>(ImportMode.class);
    ofKind(objects, GROUP)
        .forEach(
            o ->
                groups.put(
                    WireNames.parse(ImportMode.class, "mode", o.qualifier()), o.hostObjectId()));
    return groups;
  }

  private static Map<KeyFingerprint, Long> accounts(List<ProviderObjectRow> objects) {
    Map<KeyFingerprint, Long> accounts = new LinkedHashMap<>();
    ofKind(objects, ACCOUNT)
        .forEach(o -> accounts.put(new KeyFingerprint(o.qualifier()), o.hostObjectId()));
    return accounts;
  }

  private static Stream<ProviderObjectRow> ofKind(List<ProviderObjectRow> objects, String kind) {
    return objects.stream().filter(o -> o.kind().equals(kind));
  }
}

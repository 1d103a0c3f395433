package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.port.PackRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** A {@link PackRepository} in the {@code packs} table of a {@link SqliteDatabase}. */
public final class JdbiPackRepository implements PackRepository {
  private static final Comparator<InstalledPack> ORDER =
      Comparator.comparing((InstalledPack p) -> p.pack().name().value())
          .thenComparing(p -> p.pack().version());

  private final PackDao dao;
  private final PackJson json = new PackJson();

  public JdbiPackRepository(SqliteDatabase database) {
    this.dao = Objects.requireNonNull(database, "database").jdbi().onDemand(PackDao.class);
  }

  @Override
  public void add(InstalledPack pack) {
    PackRow row = PackRows.toRow(pack, json);
    SqliteFailures.run(() -> dao.insert(row), () -> "pack " + pack.ref() + " is already installed");
  }

  @Override
  public Optional<InstalledPack> find(PackRef ref) {
    return SqliteFailures.call(
            () -> dao.find(ref.name().value(), ref.version().toString()),
            () -> "reading cannot conflict")
        .map(row -> PackRows.toDomain(row, json));
  }

  @Override
  public Optional<InstalledPack> findLatest(PackName name) {
    return sorted(
            SqliteFailures.call(
                () -> dao.versionsOf(name.value()), () -> "reading cannot conflict"))
        .stream()
        .reduce((lower, higher) -> higher);
  }

  @Override
  public List<InstalledPack> list() {
    return sorted(SqliteFailures.call(dao::all, () -> "reading cannot conflict"));
  }

  private List<InstalledPack> sorted(List<PackRow> rows) {
    return rows.stream()
        .map(row -> PackRows.toDomain(row, json))
        .sorted(ORDER)
        .collect(Collectors.toList());
  }
}

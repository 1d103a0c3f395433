package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.HostName;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** A {@link HostRepository} in the {@code hosts} table of a {@link SqliteDatabase}. */
public final class JdbiHostRepository implements HostRepository {
  private final HostDao dao;
  private final CapabilitiesJson json = new CapabilitiesJson();

  public JdbiHostRepository(SqliteDatabase database) {
    this.dao = Objects.requireNonNull(database, "database").jdbi().onDemand(HostDao.class);
  }

  @Override
  public void add(Host host) {
    HostRow row = HostRows.toRow(host, json);
    SqliteFailures.run(
        () -> dao.insert(row),
        () -> "a host named '" + host.name() + "' or with id '" + host.id() + "' already exists");
  }

  @Override
  public void update(Host host) {
    HostRow row = HostRows.toRow(host, json);
    int changed =
        SqliteFailures.call(
            () -> dao.update(row), () -> "another host is already named '" + host.name() + "'");
    if (changed == 0) {
      throw new NotFoundException("host", host.id().value());
    }
  }

  @Override
  public Optional<Host> findByName(HostName name) {
    return SqliteFailures.call(() -> dao.findByName(name.value()), () -> "reading cannot conflict")
        .map(row -> HostRows.toDomain(row, json));
  }

  @Override
  public Optional<Host> findById(HostId id) {
    return SqliteFailures.call(() -> dao.findById(id.value()), () -> "reading cannot conflict")
        .map(row -> HostRows.toDomain(row, json));
  }

  @Override
  public List<Host> list() {
    return SqliteFailures.call(dao::list, () -> "reading cannot conflict").stream()
        .map(row -> HostRows.toDomain(row, json))
        .collect(Collectors.toList());
  }

  @Override
  public void remove(HostId id) {
    int removed =
        SqliteFailures.call(
            () -> dao.delete(id.value()), () -> "host '" + id + "' is still referred to");
    if (removed == 0) {
      throw new NotFoundException("host", id.value());
    }
  }
}

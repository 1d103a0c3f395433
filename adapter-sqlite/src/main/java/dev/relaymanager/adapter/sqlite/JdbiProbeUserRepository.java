package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.port.ProbeUserRepository;
import dev.relaymanager.domain.shared.NotFoundException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * A {@link ProbeUserRepository} in the {@code probe_users} table of a {@link SqliteDatabase}: the
 * email and the password's reference, stamped with the {@code clock}'s time of each save.
 */
public final class JdbiProbeUserRepository implements ProbeUserRepository {
  private final Jdbi jdbi;
  private final Clock clock;

  public JdbiProbeUserRepository(SqliteDatabase database, Clock clock) {
    this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void save(ProbeUser user) {
    ProbeUserRow row = ProbeUserRows.toRow(user, clock.instant());
    SqliteTransactions.write(
        jdbi,
        ProbeUserDao.class,
        dao -> {
          if (!dao.hostExists(row.hostId())) {
            throw new NotFoundException("host", row.hostId());
          }
          dao.upsert(row);
        },
        () -> "the probe user of host " + user.hostId() + " breaks a rule of the stored state");
  }

  @Override
  public Optional<ProbeUser> find(HostId host) {
    return SqliteTransactions.read(jdbi, ProbeUserDao.class, dao -> dao.find(host.value()))
        .map(ProbeUserRows::toDomain);
  }

  @Override
  public void remove(HostId host) {
    SqliteTransactions.write(
        jdbi,
        ProbeUserDao.class,
        dao -> dao.delete(host.value()),
        () -> "removing the probe user of host " + host + " cannot conflict");
  }
}

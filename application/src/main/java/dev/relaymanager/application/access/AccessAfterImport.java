package dev.relaymanager.application.access;

import dev.relaymanager.application.imports.BatchJournal;
import dev.relaymanager.application.imports.ImportAccess;
import dev.relaymanager.application.imports.ImportTarget;
import dev.relaymanager.domain.access.AccessStatus;
import dev.relaymanager.domain.access.ModelPolling;
import dev.relaymanager.domain.batch.BatchAccess;
import dev.relaymanager.domain.port.ProbeUserRepository;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.shared.FailureClass;
import dev.relaymanager.domain.shared.HostUnreachableException;
import dev.relaymanager.domain.shared.RelayException;
import dev.relaymanager.domain.shared.Secret;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access step of an import: {@link CloseAccess} for the batch's mode, then {@link CheckAccess}
 * with the key it returned and the batch's upstream keys (which also records the provider's
 * closure). Each host write of the closure is journaled on the batch, so that a rollback deletes
 * what it created. A host without a probe user has no access step (the batch records none). When
 * the closure cannot be done (a host that blocks user logins, a refusal) the outcome is {@code
 * unknown} with the explanation; the import goes on.
 */
public final class AccessAfterImport implements ImportAccess {
  private static final Logger LOG = LoggerFactory.getLogger(AccessAfterImport.class);

  private final CloseAccess close;
  private final CheckAccess check;
  private final ProbeUserRepository probeUsers;

  public AccessAfterImport(CloseAccess close, CheckAccess check, ProbeUserRepository probeUsers) {
    this.close = Objects.requireNonNull(close, "close");
    this.check = Objects.requireNonNull(check, "check");
    this.probeUsers = Objects.requireNonNull(probeUsers, "probeUsers");
  }

  @Override
  public Optional<BatchAccess> closeAndCheck(
      ImportTarget target,
      Provider provider,
      ImportMode mode,
      ModelPolling polling,
      List<Secret> upstreamKeys,
      BatchJournal journal) {
    if (probeUsers.find(target.host().id()).isEmpty()) {
      LOG.info("host {} has no probe user: access not closed by the import", target.host().name());
      return Optional.empty();
    }
    AccessTarget access = new AccessTarget(target.host(), provider, target.spec());
    ClosedAccess closed;
    try {
      closed =
          close.execute(new CloseAccess.Command(access, mode), ClosureWrites.journaledIn(journal));
    } catch (HostUnreachableException e) {
      return Optional.of(notClosed(FailureClass.NETWORK_ERROR.wireName(), e));
    } catch (RelayException e) {
      return Optional.of(notClosed("", e));
    }
    AccessReport report =
        check.execute(
            new CheckAccess.Command(
                access,
                List.of(mode),
                new CheckAccess.KeySource.Given(closed.key()),
                polling,
                upstreamKeys));
    return Optional.of(outcome(report.modes().get(0), closed.setup()));
  }

  @Override
  public void settlePending(ImportTarget target, Provider provider, BatchJournal journal) {
    if (PendingClosure.hasPending(journal.current())) {
      close.settlePending(new AccessTarget(target.host(), provider, target.spec()), journal);
    }
  }

  private static BatchAccess outcome(ModeReport mode, AccessSetup setup) {
    AccessStatus status = AccessStatus.valueOf(mode.status().toUpperCase(Locale.ROOT));
    String detail =
        mode.ready()
            ? "smoke model listed and answered with the probe user's key ("
                + String.join(", ", setup.actions())
                + ")"
            : mode.detail();
    return new BatchAccess(status, mode.failureClass(), detail);
  }

  private static BatchAccess notClosed(String failureClass, RelayException e) {
    LOG.warn("access not closed: {}", e.getMessage());
    return new BatchAccess(
        AccessStatus.UNKNOWN, failureClass, "access could not be closed: " + e.getMessage());
  }
}

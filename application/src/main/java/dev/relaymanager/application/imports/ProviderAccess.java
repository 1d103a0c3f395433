package dev.relaymanager.application.imports;

import dev.relaymanager.domain.access.AccessCheck;
import dev.relaymanager.domain.access.AccessClosure;
import dev.relaymanager.domain.access.AccessStatus;
import dev.relaymanager.domain.access.Verdict;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A provider's access as last checked ({@code access check} or an import's access step): the
 * overall status and, for each mode it has a group for or was checked in, that mode's status;
 * {@code unknown} for a mode never checked.
 */
public record ProviderAccess(String status, List<ModeAccess> modes) {
  public ProviderAccess {
    modes = List.copyOf(modes);
  }

  /**
   * One mode's last check.
   *
   * @param failureClass the failure's class, empty when ready or never checked
   * @param checkedAt when it was checked, or null when never
   */
  public record ModeAccess(
      String mode, String status, boolean ready, String failureClass, Instant checkedAt) {}

  static ProviderAccess of(Provider provider, Optional<AccessClosure> closure) {
    List<ModeAccess> modes = new ArrayList<>();
    for (ImportMode mode : ImportMode.values()) {
      Optional<AccessCheck> check = closure.flatMap(c -> c.lastCheck(mode));
      if (check.isPresent()) {
        modes.add(of(check.get()));
      } else if (provider.groupId(mode).isPresent()) {
        modes.add(
            new ModeAccess(mode.wireName(), AccessStatus.UNKNOWN.wireName(), false, "", null));
      }
    }
    String status = closure.map(c -> c.status()).orElse(AccessStatus.UNKNOWN).wireName();
    return new ProviderAccess(status, modes);
  }

  private static ModeAccess of(AccessCheck check) {
    String failureClass =
        check.verdict() instanceof Verdict.Failed
            ? ((Verdict.Failed) check.verdict()).failureClass().wireName()
            : "";
    return new ModeAccess(
        check.mode().wireName(),
        check.status().wireName(),
        check.isReady(),
        failureClass,
        check.checkedAt());
  }
}

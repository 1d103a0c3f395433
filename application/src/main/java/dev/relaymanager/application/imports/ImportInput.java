package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.KeyList;
import dev.relaymanager.domain.host.HostName;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violations;
import java.util.Objects;

/**
 * What to import where: the host, the pack, its provider, the access mode and the upstream keys
 * (held in memory only; printing this shows fingerprints).
 */
public record ImportInput(
    HostName host, PackSelector pack, ProviderName provider, ImportMode mode, KeyList keys) {
  public ImportInput {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(keys, "keys");
  }

  /**
   * Parses raw operator input, reporting every problem at once; {@code keysText} is the keys file's
   * content (one key per line, blank lines and {@code #} comments skipped).
   *
   * @throws InvalidInputException with all violations
   */
  public static ImportInput parse(
      String host, String pack, String provider, String mode, String keysText) {
    Violations violations = new Violations();
    HostName[] hostName = new HostName[1];
    PackSelector[] selector = new PackSelector[1];
    ProviderName[] providerName = new ProviderName[1];
    ImportMode[] importMode = new ImportMode[1];
    KeyList[] keys = new KeyList[1];
    violations.check(() -> hostName[0] = new HostName(required("host", host)));
    violations.check(() -> selector[0] = PackSelector.parse("pack", pack));
    violations.check(() -> providerName[0] = new ProviderName(required("provider", provider)));
    violations.check(() -> importMode[0] = mode(mode));
    violations.check(() -> keys[0] = KeyList.parse(required("keys", keysText)));
    violations.throwIfAny();
    return new ImportInput(hostName[0], selector[0], providerName[0], importMode[0], keys[0]);
  }

  static String required(String path, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(path, "is required");
    }
    return value;
  }

  private static ImportMode mode(String text) {
    return ImportMode.fromWireName(required("mode", text))
        .orElseThrow(
            () -> InvalidInputException.of("mode", "must be subscription or self_service"));
  }
}

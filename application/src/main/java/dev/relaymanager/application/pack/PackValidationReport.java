package dev.relaymanager.application.pack;

import dev.relaymanager.domain.pack.Pack;
import dev.relaymanager.domain.pack.PackValidation;
import dev.relaymanager.domain.pack.PackWarning;
import dev.relaymanager.domain.shared.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What checking a pack document found: for a valid pack its identity, digest, providers and
 * warnings; for an invalid one every violation with its path.
 *
 * @param source where the document came from
 * @param name the pack's name, or null when invalid
 * @param version the pack's version, or null when invalid
 * @param digest {@code sha256:HEX} of the canonical content, or null when invalid
 * @param providers the provider names in pack order; empty when invalid
 */
public record PackValidationReport(
    String source,
    boolean valid,
    String name,
    String version,
    String digest,
    List<String> providers,
    List<PackWarning> warnings,
    List<Violation> violations) {
  public PackValidationReport {
    providers = List.copyOf(providers);
    warnings = List.copyOf(warnings);
    violations = List.copyOf(violations);
  }

  static PackValidationReport of(String source, PackValidation validation) {
    if (validation instanceof PackValidation.Valid) {
      PackValidation.Valid valid = (PackValidation.Valid) validation;
      Pack pack = valid.pack();
      List<String> providers =
          pack.providers().stream().map(p -> p.name().value()).collect(Collectors.toList());
      return new PackValidationReport(
          source,
          true,
          pack.name().value(),
          pack.version().toString(),
          pack.contentDigest().toString(),
          providers,
          valid.warnings(),
          List.of());
    }
    List<Violation> violations = ((PackValidation.Invalid) validation).violations();
    return new PackValidationReport(
        source, false, null, null, null, List.of(), List.of(), violations);
  }
}

package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A validated, versioned manifest of providers, identified by name and version and fingerprinted by
 * the digest of its canonical content.
 */
public final class Pack {
  /** The only document schema this version of the manager reads and writes. */
  public static final String SCHEMA = "relay-manager.pack/v1";

  /** The longest description accepted. */
  public static final int MAX_DESCRIPTION = 500;

  private final PackName name;
  private final PackVersion version;
  private final String description;
  private final List<ProviderSpec> providers;
  private final PackDigest contentDigest;

  private Pack(
      PackName name, PackVersion version, String description, List<ProviderSpec> providers) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
    this.description = checkDescription(description);
    this.providers = checkProviders(providers);
    this.contentDigest =
        CanonicalJson.sha256(
            PackTree.of(this.name, this.version, this.description, this.providers));
  }

  /** A pack made of already valid parts; documents go through {@link PackDocument} instead. */
  public static Pack of(
      PackName name, PackVersion version, String description, List<ProviderSpec> providers) {
    return new Pack(name, version, description, providers);
  }

  /** Rebuilds a stored pack; for repositories only. The digest is recomputed from the content. */
  public static Pack restore(
      PackName name, PackVersion version, String description, List<ProviderSpec> providers) {
    return new Pack(name, version, description, providers);
  }

  public PackName name() {
    return name;
  }

  public PackVersion version() {
    return version;
  }

  /** {@code name@version}. */
  public PackRef ref() {
    return new PackRef(name, version);
  }

  public String description() {
    return description;
  }

  public List<ProviderSpec> providers() {
    return providers;
  }

  /** The provider called {@code providerName}, or empty. */
  public Optional<ProviderSpec> provider(ProviderName providerName) {
    return providers.stream().filter(p -> p.name().equals(providerName)).findFirst();
  }

  /** SHA-256 over the canonical JSON of {@link #toDocument()}. */
  public PackDigest contentDigest() {
    return contentDigest;
  }

  /**
   * The normalized document tree (sorted keys, every default written out, exact decimals) that
   * {@link PackDocument#read} turns back into an equal pack; what repositories may store.
   */
  public Map<String, Object> toDocument() {
    return PackTree.of(name, version, description, providers);
  }

  /** True when {@code other} is the same name and version with other content: never installable. */
  public boolean conflictsWith(Pack other) {
    return ref().equals(other.ref()) && !contentDigest.equals(other.contentDigest);
  }

  private static String checkDescription(String description) {
    Objects.requireNonNull(description, "description");
    String stripped = description.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_DESCRIPTION) {
      throw InvalidInputException.of("description", "must be 1-" + MAX_DESCRIPTION + " characters");
    }
    return stripped;
  }

  private static List<ProviderSpec> checkProviders(List<ProviderSpec> providers) {
    List<ProviderSpec> copy = List.copyOf(providers);
    if (copy.isEmpty()) {
      throw InvalidInputException.of("providers", "must list at least one provider");
    }
    Set<ProviderName> names = new HashSet<>();
    for (ProviderSpec provider : copy) {
      if (!names.add(provider.name())) {
        throw InvalidInputException.of(
            "providers", "duplicate provider name '" + provider.name() + "'");
      }
    }
    return copy;
  }

  @Override
  public String toString() {
    return "Pack[" + ref() + " " + contentDigest + "]";
  }
}

package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The strict reader of pack documents: turns the generic tree a YAML or JSON parser produces (maps,
 * lists, strings, numbers, booleans, nulls) into a {@link Pack}, or reports every problem at once,
 * each with its path (e.g. {@code providers[1].models[0].pricing.input: must be >= 0}).
 */
public final class PackDocument {
  private static final Set<String> FIELDS =
      Set.of("schema", "name", "version", "description", "providers");

  private PackDocument() {}

  /** Checks {@code tree} completely: a valid pack with its warnings, or every violation. */
  public static PackValidation validate(Object tree) {
    Violations violations = new Violations();
    Optional<Pack> pack = DocObject.at("", tree, violations).flatMap(PackDocument::pack);
    if (!violations.isEmpty() || pack.isEmpty()) {
      return new PackValidation.Invalid(violations.list());
    }
    return new PackValidation.Valid(pack.get(), PackWarnings.of(pack.get()));
  }

  /**
   * The pack described by {@code tree}.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException with every violation, if invalid
   */
  public static Pack read(Object tree) {
    return validate(tree).packOrThrow();
  }

  private static Optional<Pack> pack(DocObject root) {
    root.allowOnly(FIELDS);
    Optional<String> schema = root.requiredText("schema").filter(s -> schemaIsKnown(root, s));
    Optional<PackName> name = root.requiredValue("name", PackName::new);
    Optional<PackVersion> version = root.requiredValue("version", PackVersion::parse);
    Optional<String> description = root.requiredValue("description", PackDocument::description);
    Optional<List<ProviderSpec>> providers = providers(root);
    boolean complete =
        Stream.of(schema, name, version, description, providers).allMatch(Optional::isPresent);
    if (!complete || !root.violations().isEmpty()) {
      return Optional.empty();
    }
    return root.build(() -> Pack.of(name.get(), version.get(), description.get(), providers.get()));
  }

  private static Optional<List<ProviderSpec>> providers(DocObject root) {
    Optional<List<Object>> items = root.requiredList("providers");
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<ProviderSpec> providers = new ArrayList<>();
    Map<Object, String> seenNames = new HashMap<>();
    for (int i = 0; i < items.get().size(); i++) {
      String path = "providers[" + i + "]";
      Object item = items.get().get(i);
      checkUniqueName(root, path, item, seenNames);
      DocObject.at(path, item, root.violations())
          .flatMap(ProviderReader::read)
          .ifPresent(providers::add);
    }
    return providers.size() == items.get().size() ? Optional.of(providers) : Optional.empty();
  }

  private static void checkUniqueName(
      DocObject root, String path, Object item, Map<Object, String> seenNames) {
    if (!(item instanceof Map<?, ?> map) || !(map.get("name") instanceof String name)) {
      return;
    }
    String first = seenNames.putIfAbsent(name.strip(), path);
    if (first != null) {
      root.violations()
          .add(
              path + ".name",
              "duplicate provider name '" + name.strip() + "' (also at " + first + ")");
    }
  }

  private static boolean schemaIsKnown(DocObject root, String schema) {
    if (!schema.equals(Pack.SCHEMA)) {
      root.wrongType("schema", "must be " + Pack.SCHEMA);
      return false;
    }
    return true;
  }

  private static String description(String text) {
    if (text.length() > Pack.MAX_DESCRIPTION) {
      throw InvalidInputException.of(
          "description", "must be at most " + Pack.MAX_DESCRIPTION + " characters");
    }
    return text;
  }
}

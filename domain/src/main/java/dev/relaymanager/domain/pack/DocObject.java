package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violation;
import dev.relaymanager.domain.shared.Violations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One object of a parsed document, read field by field: every problem is recorded with its path and
 * reading goes on, so that a whole document is checked in one pass.
 */
final class DocObject {
  private final String path;
  private final Map<String, Object> fields;
  private final Violations violations;

  private DocObject(String path, Map<String, Object> fields, Violations violations) {
    this.path = path;
    this.fields = fields;
    this.violations = violations;
  }

  /** The object at {@code path}, or empty (with a violation) when {@code value} is none. */
  static Optional<DocObject> at(String path, Object value, Violations violations) {
    if (!(value instanceof Map<?, ?> map)) {
      violations.add(path, "must be an object");
      return Optional.empty();
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    map.forEach(
        (key, v) -> {
          if (key instanceof String name) {
            fields.put(name, v);
          } else {
            violations.add(path, "has a key that is not text: " + key);
          }
        });
    return Optional.of(new DocObject(path, fields, violations));
  }

  Violations violations() {
    return violations;
  }

  /** The path of field {@code key} of this object. */
  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Records every field not in {@code known} as unknown. */
  DocObject allowOnly(Set<String> known) {
    fields.keySet().stream()
        .filter(key -> !known.contains(key))
        .forEach(key -> violations.add(pathOf(key), "unknown field"));
    return this;
  }

  boolean has(String key) {
    return fields.containsKey(key);
  }

  /** The raw value of a field that must be present. */
  Optional<Object> required(String key) {
    if (!fields.containsKey(key)) {
      violations.add(pathOf(key), "is required");
      return Optional.empty();
    }
    return Optional.ofNullable(fields.get(key)).or(() -> wrongType(key, "must not be null"));
  }

  /** The raw value of an optional field; empty when absent (null is reported as wrong). */
  Optional<Object> optional(String key) {
    return fields.containsKey(key) ? required(key) : Optional.empty();
  }

  /** A required, non-blank text field, stripped. */
  Optional<String> requiredText(String key) {
    return required(key).flatMap(value -> text(key, value));
  }

  /** An optional text field, stripped; empty when absent or wrong. */
  Optional<String> optionalText(String key) {
    return optional(key).flatMap(value -> text(key, value));
  }

  /** A required text field converted by {@code parse}; its refusals are reported at the field. */
  <T> Optional<T> requiredValue(String key, Function<String, T> parse) {
    return requiredText(key).flatMap(text -> attempt(key, () -> parse.apply(text)));
  }

  /** The nested object at {@code key}, if present. */
  Optional<DocObject> object(String key) {
    return optional(key).flatMap(value -> at(pathOf(key), value, violations));
  }

  /** The nested object at {@code key}, which must be present. */
  Optional<DocObject> requiredObject(String key) {
    return required(key).flatMap(value -> at(pathOf(key), value, violations));
  }

  /** The list at {@code key}, which must be present and not empty. */
  Optional<List<Object>> requiredList(String key) {
    Optional<Object> value = required(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!(value.get() instanceof List<?> list)) {
      return wrongType(key, "must be a list");
    }
    if (list.isEmpty()) {
      return wrongType(key, "must not be empty");
    }
    return Optional.of(new ArrayList<Object>(list));
  }

  /** Runs {@code build}, reporting its refusals under this object's path; empty when refused. */
  <T> Optional<T> attempt(String key, Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (InvalidInputException e) {
      e.violations().forEach(v -> violations.add(pathOf(key), v.message()));
      return Optional.empty();
    }
  }

  /** Runs {@code build}, reporting refusals under this object's path plus their own path. */
  <T> Optional<T> build(Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        violations.add(v.path().isEmpty() ? path : pathOf(v.path()), v.message());
      }
      return Optional.empty();
    }
  }

  /** Records {@code message} at field {@code key}; always empty, for chaining. */
  <T> Optional<T> wrongType(String key, String message) {
    violations.add(pathOf(key), message);
    return Optional.empty();
  }

  private Optional<String> text(String key, Object value) {
    if (!(value instanceof String text)) {
      return wrongType(key, "must be a string");
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? wrongType(key, "must not be empty") : Optional.of(stripped);
  }
}

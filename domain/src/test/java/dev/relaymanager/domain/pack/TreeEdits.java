package dev.relaymanager.domain.pack;

import java.util.List;
import java.util.Map;

/** Reaches into fixture trees by document path ({@code providers[0].models[1].pricing}). */
public final class TreeEdits {
  private TreeEdits() {}

  /** The object at {@code path} in {@code tree}; an empty path is the tree itself. */
  public static Map<String, Object> at(Object tree, String path) {
    Object node = tree;
    for (String step : path.isEmpty() ? new String[0] : path.split("\\.")) {
      int bracket = step.indexOf('[');
      String key = bracket < 0 ? step : step.substring(0, bracket);
      node = asObject(node).get(key);
      if (bracket >= 0) {
        int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
        node = ((List<?>) node).get(index);
      }
    }
    return asObject(node);
  }

  /** Sets {@code key} of the object at {@code path}; returns the tree for chaining. */
  public static Map<String, Object> set(
      Map<String, Object> tree, String path, String key, Object value) {
    at(tree, path).put(key, value);
    return tree;
  }

  /** Removes {@code key} of the object at {@code path}; returns the tree for chaining. */
  public static Map<String, Object> remove(Map<String, Object> tree, String path, String key) {
    at(tree, path).remove(key);
    return tree;
  }

  // Fixture trees are built as Map<String, Object> by PackFixtures, so the cast cannot fail.
  @SuppressWarnings("unchecked")
  static Map<String, Object> asObject(Object value) {
    return (Map<String, Object>) value;
  }
}

package dev.relaymanager.domain.port;

/**
 * Parses pack text (YAML 1.2 or JSON; JSON is YAML) into the generic tree that {@link
 * dev.relaymanager.domain.pack.PackDocument} reads: {@code Map<String, Object>}, {@code
 * List<Object>}, {@code String}, {@code Number}, {@code Boolean} and {@code null}. Implemented in
 * the composition root with a YAML library.
 */
public interface PackDocumentReader {
  /**
   * The tree of {@code text}. Mappings keep their keys as written; duplicate keys, anchors that
   * expand beyond a safe size, and tags other than the core schema's are refused.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException for a syntax error, with a path of
   *     the form {@code line 12, column 5} and the parser's reason
   */
  Object read(String text);
}

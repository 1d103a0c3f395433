package dev.relaymanager.domain.port;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link PackDocumentReader} that knows the trees of a few texts, for tests that must not depend
 * on a YAML library; any other text is a syntax error at line 1, column 1.
 */
public final class InMemoryPackDocumentReader implements PackDocumentReader {
  /** The reason given for a text the reader was not told about. */
  public static final String UNKNOWN_TEXT = "not a document this fake knows";

  private final Map<String, Object> trees = new HashMap<>();

  /** Makes {@code text} read as {@code tree}; returns this reader for chaining. */
  public synchronized InMemoryPackDocumentReader with(String text, Object tree) {
    trees.put(text, tree);
    return this;
  }

  @Override
  public synchronized Object read(String text) {
    if (!trees.containsKey(text)) {
      throw InvalidInputException.of("line 1, column 1", UNKNOWN_TEXT);
    }
    return trees.get(text);
  }
}

package dev.relaymanager.bootstrap;

import dev.relaymanager.domain.port.PackDocumentReader;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads pack documents with snakeyaml-engine under the YAML 1.2 core schema, so JSON reads the same
 * way and {@code no}/{@code on} stay strings. Exactly one document of at most 1 MiB is accepted;
 * aliases are capped so that a small document cannot expand into a huge one.
 */
public final class YamlPackDocumentReader implements PackDocumentReader {
  /** The longest document read, in characters: 1 MiB, like the byte limit of files and bodies. */
  static final int MAX_CHARACTERS = 1024 * 1024;

  /** Aliases to collections allowed per document; packs rarely need any. */
  static final int MAX_COLLECTION_ALIASES = 50;

  private final LoadSettings settings =
      LoadSettings.builder()
          .setLabel("pack")
          .setSchema(new CoreSchema())
          .setAllowDuplicateKeys(false)
          .setAllowRecursiveKeys(false)
          .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
          .setCodePointLimit(MAX_CHARACTERS + 1)
          .build();

  @Override
  public Object read(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_CHARACTERS) {
      throw InvalidInputException.of("pack", "is larger than 1 MiB");
    }
    try {
      return YamlTree.of(singleDocument(text));
    } catch (MarkedYamlEngineException e) {
      throw YamlTree.problem(
          e.getProblemMark().or(e::getContextMark), Optional.ofNullable(e.getProblem()).orElse(""));
    } catch (YamlEngineException e) {
      throw InvalidInputException.of("pack", "cannot be read: " + e.getMessage());
    }
  }

  private Node singleDocument(String text) {
    Iterator<Node> documents = new Compose(settings).composeAllFromString(text).iterator();
    if (!documents.hasNext()) {
      throw InvalidInputException.of("line 1, column 1", "the document is empty");
    }
    Node first = documents.next();
    if (documents.hasNext()) {
      Optional<Mark> second = documents.next().getStartMark();
      throw YamlTree.problem(second, "only one document is allowed (found a second one)");
    }
    return first;
  }
}

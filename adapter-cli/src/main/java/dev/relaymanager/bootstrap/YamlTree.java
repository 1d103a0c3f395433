package dev.relaymanager.bootstrap;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Builds the generic tree from composed YAML nodes: string-keyed maps, lists, strings, Long or
 * BigInteger, exact BigDecimal (a Double only for {@code .inf} and {@code .nan}, which the
 * validator refuses), booleans and null. Anything else, or a tree too deep or too large, is refused
 * with its position.
 */
final class YamlTree {
  static final int MAX_DEPTH = 64;
  static final int MAX_VALUES = 100_000;

  private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
  private static final Pattern NULL = Pattern.compile("null|Null|NULL|~|");
  private static final Pattern SPECIAL_FLOAT =
      Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  private int values;

  private YamlTree() {}

  static Object of(Node root) {
    return new YamlTree().value(root, 0);
  }

  /** A syntax-level problem at {@code mark}, as {@code line N, column M: reason}. */
  static InvalidInputException problem(Optional<Mark> mark, String reason) {
    String path =
        mark.map(m -> "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1))
            .orElse("pack");
    return InvalidInputException.of(path, reason.isBlank() ? "is not valid YAML or JSON" : reason);
  }

  private Object value(Node node, int depth) {
    if (++values > MAX_VALUES) {
      throw problem(node.getStartMark(), "expands to more than " + MAX_VALUES + " values");
    }
    if (depth > MAX_DEPTH) {
      throw problem(node.getStartMark(), "nests deeper than " + MAX_DEPTH + " levels");
    }
    if (node instanceof MappingNode && node.getTag().equals(Tag.MAP)) {
      return mapping((MappingNode) node, depth);
    }
    if (node instanceof SequenceNode && node.getTag().equals(Tag.SEQ)) {
      List<Object> list = new ArrayList<>();
      ((SequenceNode) node).getValue().forEach(item -> list.add(value(item, depth + 1)));
      return list;
    }
    if (node instanceof ScalarNode) {
      return scalar((ScalarNode) node);
    }
    throw problem(node.getStartMark(), "the tag " + node.getTag() + " is not allowed here");
  }

  private Map<String, Object> mapping(MappingNode node, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple entry : node.getValue()) {
      Node keyNode = entry.getKeyNode();
      if (!(keyNode instanceof ScalarNode) || !keyNode.getTag().equals(Tag.STR)) {
        throw problem(keyNode.getStartMark(), "mapping keys must be strings");
      }
      String key = ((ScalarNode) keyNode).getValue();
      if (map.containsKey(key)) {
        throw problem(keyNode.getStartMark(), "duplicate key '" + key + "'");
      }
      map.put(key, value(entry.getValueNode(), depth + 1));
    }
    return map;
  }

  private static Object scalar(ScalarNode node) {
    String text = node.getValue();
    Tag tag = node.getTag();
    try {
      if (tag.equals(Tag.STR)) {
        return text;
      }
      if (tag.equals(Tag.INT)) {
        return integer(text);
      }
      if (tag.equals(Tag.FLOAT)) {
        return decimal(text);
      }
      if (tag.equals(Tag.BOOL) && BOOL.matcher(text).matches()) {
        return text.equalsIgnoreCase("true");
      }
      if (tag.equals(Tag.NULL) && NULL.matcher(text).matches()) {
        return null;
      }
    } catch (NumberFormatException e) {
      throw problem(node.getStartMark(), "'" + text + "' is not a valid " + tag);
    }
    throw problem(node.getStartMark(), "'" + text + "' is not a valid " + tag);
  }

  private static Number integer(String text) {
    String digits = text.startsWith("+") ? text.substring(1) : text;
    BigInteger value;
    if (digits.startsWith("0x")) {
      value = new BigInteger(digits.substring(2), 16);
    } else if (digits.startsWith("0o")) {
      value = new BigInteger(digits.substring(2), 8);
    } else {
      value = new BigInteger(digits);
    }
    return value.bitLength() < Long.SIZE ? (Number) value.longValue() : value;
  }

  private static Number decimal(String text) {
    if (SPECIAL_FLOAT.matcher(text).matches()) {
      return text.toLowerCase(Locale.ROOT).contains("nan")
          ? Double.NaN
          : text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    // Parsed from the text, never through double, so 0.1 stays exactly 0.1.
    return new BigDecimal(text);
  }
}

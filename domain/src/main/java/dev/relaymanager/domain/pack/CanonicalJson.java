package dev.relaymanager.domain.pack;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical text of a document tree, so that equal content always hashes alike: JSON without
 * whitespace, object keys sorted, decimals in plain notation as normalized by the pack's values.
 */
final class CanonicalJson {
  private CanonicalJson() {}

  /** The SHA-256 of the UTF-8 canonical text of {@code tree}. */
  static PackDigest sha256(Object tree) {
    try {
      byte[] bytes = write(tree).getBytes(StandardCharsets.UTF_8);
      return new PackDigest(
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static String write(Object tree) {
    StringBuilder out = new StringBuilder();
    append(out, tree);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?> map) {
      appendObject(out, map);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        append(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof String text) {
      appendString(out, text);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Integer || value instanceof Boolean) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("not a normalized document value: " + value);
    }
  }

  private static void appendObject(StringBuilder out, Map<?, ?> map) {
    Map<String, Object> sorted = new TreeMap<>();
    map.forEach((key, v) -> sorted.put(String.valueOf(key), v));
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> entry : sorted.entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      appendString(out, entry.getKey());
      out.append(':');
      append(out, entry.getValue());
    }
    out.append('}');
  }

  private static void appendString(StringBuilder out, String text) {
    out.append('"');
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}

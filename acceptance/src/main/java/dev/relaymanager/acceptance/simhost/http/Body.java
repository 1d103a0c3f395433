package dev.relaymanager.acceptance.simhost.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed, gin-like access to a parsed JSON request body. */
public final class Body {
  private final String struct;
  private final Map<String, Object> fields;

  /** Wraps parsed fields; {@code struct} names the Go request type in error messages. */
  public Body(String struct, Map<String, Object> fields) {
    this.struct = struct;
    this.fields = fields;
  }

  /** The Go request type name, e.g. {@code CreateGroupRequest}. */
  public String struct() {
    return struct;
  }

  /** True when the field is present, even as null. */
  public boolean has(String name) {
    return fields.containsKey(name);
  }

  /** True when the field is present with a non-null value. */
  public boolean present(String name) {
    return fields.get(name) != null;
  }

  /** The raw value. */
  public Object raw(String name) {
    return fields.get(name);
  }

  /** A string field, or null. */
  public String str(String name) {
    Object v = fields.get(name);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw mismatch(name, "string");
  }

  /** A string field, or the default when absent or null. */
  public String strOr(String name, String def) {
    String v = str(name);
    return v == null ? def : v;
  }

  /** A number field, or null. */
  public Double dbl(String name) {
    Object v = fields.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw mismatch(name, "float64");
  }

  /** An integer field, or null. */
  public Long lng(String name) {
    Object v = fields.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    throw mismatch(name, "int64");
  }

  /** A boolean field, or null. */
  public Boolean bool(String name) {
    Object v = fields.get(name);
    if (v == null || v instanceof Boolean) {
      return (Boolean) v;
    }
    throw mismatch(name, "bool");
  }

  /** An object field as a mutable map, or null. */
  public Map<String, Object> map(String name) {
    Object v = fields.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, val) -> out.put(String.valueOf(k), val));
      return out;
    }
    throw mismatch(name, "map[string]interface {}");
  }

  /** An array field, or null. */
  public List<Object> list(String name) {
    Object v = fields.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> l) {
      return new ArrayList<>(l);
    }
    throw mismatch(name, "[]interface {}");
  }

  /** An int64 array field, or null. */
  public List<Long> longList(String name) {
    List<Object> raw = list(name);
    if (raw == null) {
      return null;
    }
    List<Long> out = new ArrayList<>();
    for (Object o : raw) {
      if (!(o instanceof Number n)) {
        throw mismatch(name, "[]int64");
      }
      out.add(n.longValue());
    }
    return out;
  }

  private SimError mismatch(String name, String goType) {
    return SimError.bad(
        "Invalid request: json: cannot unmarshal "
            + describe(fields.get(name))
            + " into Go struct field "
            + struct
            + "."
            + name
            + " of type "
            + goType);
  }

  private static String describe(Object v) {
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof Number) {
      return "number";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    return v instanceof List ? "array" : "object";
  }
}

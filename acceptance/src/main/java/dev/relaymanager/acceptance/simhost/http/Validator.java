package dev.relaymanager.acceptance.simhost.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects go-playground style validation failures and throws them as one gin 400. */
public final class Validator {
  private final Body body;
  private final List<String> failures = new ArrayList<>();
  private String reason;

  /** A validator over one body. */
  public Validator(Body body) {
    this.body = body;
  }

  /** Adds {@code reason} (channels send {@code VALIDATION_ERROR}) to the 400 body. */
  public Validator withReason(String value) {
    this.reason = value;
    return this;
  }

  /** The field must be present and non-empty. */
  public Validator required(String field) {
    Object v = body.raw(field);
    if (v == null || "".equals(v) || Boolean.FALSE.equals(v) || isZero(v)) {
      fail(field, "required");
    }
    return this;
  }

  /** When present and non-empty, the string field must be one of the values. */
  public Validator oneOf(String field, List<String> values) {
    String v = body.str(field);
    if (v != null && !v.isEmpty() && !values.contains(v)) {
      fail(field, "oneof");
    }
    return this;
  }

  /** When present, the string field must be at most {@code max} characters. */
  public Validator maxLen(String field, int max) {
    String v = body.str(field);
    if (v != null && v.length() > max) {
      fail(field, "max");
    }
    return this;
  }

  /** When present, the string field must be at least {@code min} characters. */
  public Validator minLen(String field, int min) {
    String v = body.str(field);
    if (v != null && !v.isEmpty() && v.length() < min) {
      fail(field, "min");
    }
    return this;
  }

  /** Records a failure of {@code tag} on {@code field} when {@code failed} is true. */
  public Validator check(boolean failed, String field, String tag) {
    if (failed) {
      fail(field, tag);
    }
    return this;
  }

  /** Throws the collected failures, if any, as a 400 plain error. */
  public void done() {
    if (failures.isEmpty()) {
      return;
    }
    String message = "Invalid request: " + String.join("\n", failures);
    throw reason == null ? SimError.bad(message) : SimError.app(400, reason, message);
  }

  private void fail(String field, String tag) {
    String goField = goName(field);
    failures.add(
        "Key: '"
            + body.struct()
            + "."
            + goField
            + "' Error:Field validation for '"
            + goField
            + "' failed on the '"
            + tag
            + "' tag");
  }

  private static boolean isZero(Object v) {
    return v instanceof Number n && n.doubleValue() == 0;
  }

  /** snake_case to Go's exported field name: {@code group_ids} becomes {@code GroupIDs}. */
  static String goName(String field) {
    StringBuilder out = new StringBuilder();
    for (String part : field.split("_")) {
      if (part.equals("id") || part.equals("ids") || part.equals("url")) {
        out.append(part.equals("ids") ? "IDs" : part.toUpperCase(Locale.ROOT));
      } else if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}

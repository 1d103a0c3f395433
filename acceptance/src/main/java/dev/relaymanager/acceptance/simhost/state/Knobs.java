package dev.relaymanager.acceptance.simhost.state;

import java.lang.reflect.Field;

/** Version knobs: which host build the simulator behaves like (see docs/simulated-host.md). */
public final class Knobs {
  /** {@link #groupLimitStorage}: explicit null/"" stored as 0, omitted or negative as NULL. */
  public static final String LIMITS_UPSTREAM = "upstream";

  /** {@link #groupLimitStorage}: limits stored exactly as sent (the simulator's old reading). */
  public static final String LIMITS_AS_SENT = "as_sent";

  /** {@link #groupLimitStorage}: a fork's handler that turns an explicit null into -1. */
  public static final String LIMITS_NULL_MINUS_ONE = "null_minus_one";

  public String version = "0.1.180";
  public boolean channels = true;
  public boolean nativeCnPlatforms = true;
  public boolean minimaxPlatform;
  public boolean paymentPlans = true;
  public boolean complianceRequired;
  public boolean complianceAccepted;
  public boolean idempotency = true;
  public boolean idempotencyObserveOnly = true;
  public boolean credentialsMerge;
  public boolean subscriptionReuse = true;
  public boolean subscriptionSemanticReuse = true;
  public boolean zhipuUrlBug;
  public boolean redactCredentials = true;
  public boolean adminCreateKeyRoute;
  public boolean accountDeleteUnknownOk = true;
  public boolean groupRateRequired = true;
  public String groupLimitStorage = LIMITS_UPSTREAM;
  public boolean strictZeroLimit;
  public boolean restrictModelsHandler400;
  public boolean modelNotFoundSplit = true;
  public boolean upstreamErrorPassthrough;
  public boolean channelStrictUpdatedAt;
  public long modelsCacheMillis = 15_000;
  public long jwtTtlSeconds = 3600;
  public String defaultOpenaiTestModel = "gpt-5.4";
  public String defaultClaudeTestModel = "claude-sonnet-4-5-20250929";
  public long slowUpstreamMillis = 1500;

  /** A field-by-field copy (every field is immutable, so a shallow copy is a full one). */
  public Knobs copy() {
    Knobs k = new Knobs();
    try {
      for (Field f : Knobs.class.getFields()) {
        if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
          f.set(k, f.get(this));
        }
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    return k;
  }
}

package dev.relaymanager.acceptance.simhost.state;

/** Version knobs: which host build the simulator behaves like (see docs/simulated-host.md). */
public final class Knobs {
  public String version = "0.1.180";
  public boolean channels = true;
  public boolean nativeCnPlatforms = true;
  public boolean minimaxPlatform = true;
  public boolean paymentPlans = true;
  public boolean complianceRequired;
  public boolean complianceAccepted;
  public boolean idempotency = true;
  public boolean credentialsMerge;
  public boolean subscriptionReuse = true;
  public boolean zhipuUrlBug;
  public boolean redactCredentials = true;
  public boolean adminCreateKeyRoute;
  public long modelsCacheMillis = 15_000;
  public long jwtTtlSeconds = 3600;
  public String defaultOpenaiTestModel = "gpt-5.1-codex";
  public long slowUpstreamMillis = 1500;

  /** A field-by-field copy. */
  public Knobs copy() {
    Knobs k = new Knobs();
    k.version = version;
    k.channels = channels;
    k.nativeCnPlatforms = nativeCnPlatforms;
    k.minimaxPlatform = minimaxPlatform;
    k.paymentPlans = paymentPlans;
    k.complianceRequired = complianceRequired;
    k.complianceAccepted = complianceAccepted;
    k.idempotency = idempotency;
    k.credentialsMerge = credentialsMerge;
    k.subscriptionReuse = subscriptionReuse;
    k.zhipuUrlBug = zhipuUrlBug;
    k.redactCredentials = redactCredentials;
    k.adminCreateKeyRoute = adminCreateKeyRoute;
    k.modelsCacheMillis = modelsCacheMillis;
    k.jwtTtlSeconds = jwtTtlSeconds;
    k.defaultOpenaiTestModel = defaultOpenaiTestModel;
    k.slowUpstreamMillis = slowUpstreamMillis;
    return k;
  }
}

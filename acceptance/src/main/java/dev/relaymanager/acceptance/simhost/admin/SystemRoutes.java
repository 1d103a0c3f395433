package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Guard;
import dev.relaymanager.acceptance.simhost.http.Json;
import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.Resp;
import dev.relaymanager.acceptance.simhost.http.Route;
import dev.relaymanager.acceptance.simhost.http.Router;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Health, setup, settings, version, compliance and the capability-probe routes (§2, §3). */
public final class SystemRoutes {
  private final SimState state;
  private final Json json;
  private final Secrets secrets;

  /** Routes over one host's state. */
  public SystemRoutes(SimState state, Json json, Secrets secrets) {
    this.state = state;
    this.json = json;
    this.secrets = secrets;
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.add("GET", "/health", Guard.PUBLIC, req -> Resp.json(200, Map.of("status", "ok")));
    r.add("GET", "/setup/status", Guard.PUBLIC, req -> Resp.ok(setupStatus()));
    r.add("GET", "/api/v1/settings/public", Guard.PUBLIC, req -> Resp.ok(publicSettings()));
    String admin = "/api/v1/admin";
    r.add("GET", admin + "/system/version", Guard.ADMIN, req -> Resp.ok(version()));
    r.add("GET", admin + "/settings", Guard.ADMIN, req -> Resp.ok(json.toMap(state.settings)));
    r.add("PUT", admin + "/settings", Guard.ADMIN, this::updateSettings);
    r.add("GET", admin + "/settings/admin-api-key", Guard.ADMIN, req -> Resp.ok(adminKey()));
    r.add("POST", admin + "/settings/admin-api-key/regenerate", Guard.ADMIN, this::regenerate);
    r.add("DELETE", admin + "/settings/admin-api-key", Guard.ADMIN, this::deleteKey);
    r.add(
        Route.of("GET", admin + "/compliance", Guard.ADMIN, req -> Resp.ok(compliance())).exempt());
    r.add(Route.of("POST", admin + "/compliance/accept", Guard.ADMIN, this::accept).exempt());
    r.add(
        Route.of("GET", admin + "/payment/plans", Guard.ADMIN, req -> Resp.ok(List.of()))
            .when(() -> state.knobs.paymentPlans));
    r.add(
        Route.of("GET", admin + "/cn-providers/accounts/:id/balance", Guard.ADMIN, this::balance)
            .when(() -> state.knobs.nativeCnPlatforms));
    r.add(
        Route.of("GET", admin + "/cn-providers/accounts/:id/quota", Guard.ADMIN, this::balance)
            .when(() -> state.knobs.nativeCnPlatforms));
  }

  private Map<String, Object> setupStatus() {
    return Map.of("needs_setup", false, "step", "completed");
  }

  private Map<String, Object> publicSettings() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("site_name", state.settings.siteName);
    m.put("version", state.knobs.version);
    m.put("backend_mode_enabled", state.settings.backendModeEnabled);
    m.put("registration_enabled", state.settings.registrationEnabled);
    m.put("turnstile_enabled", state.settings.turnstileEnabled);
    m.put("turnstile_site_key", "");
    return m;
  }

  private Map<String, Object> version() {
    return Map.of("version", state.knobs.version);
  }

  private Resp updateSettings(Req req) {
    req.body("UpdateSettingsRequest");
    json.patchLenient(state.settings, req.rawBody());
    return Resp.ok(json.toMap(state.settings));
  }

  private Map<String, Object> adminKey() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("exists", state.adminApiKey != null);
    m.put("masked_key", state.adminApiKey == null ? "" : mask(state.adminApiKey));
    return m;
  }

  private static String mask(String key) {
    return key.substring(0, 10) + "..." + key.substring(key.length() - 4);
  }

  private Resp regenerate(Req req) {
    state.adminApiKey = secrets.adminApiKey();
    return Resp.ok(Map.of("key", state.adminApiKey));
  }

  private Resp deleteKey(Req req) {
    state.adminApiKey = null;
    return Resp.okMessage("Admin API key deleted");
  }

  private Map<String, Object> compliance() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("required", state.knobs.complianceRequired);
    m.put("accepted", state.knobs.complianceAccepted);
    m.put("version", "2026-01");
    m.put("document_title", "Operator compliance terms");
    return m;
  }

  private Resp accept(Req req) {
    String phrase = req.body("AcceptComplianceRequest").str("phrase");
    if (phrase == null || phrase.isBlank()) {
      throw SimError.bad(
          "Invalid request: Key: 'AcceptComplianceRequest.Phrase' Error:Field validation for"
              + " 'Phrase' failed on the 'required' tag");
    }
    state.knobs.complianceAccepted = true;
    return Resp.ok(compliance());
  }

  private Resp balance(Req req) {
    long id = req.id("id", "account");
    AccountRow a =
        state
            .account(id)
            .orElseThrow(() -> SimError.app(404, "ACCOUNT_NOT_FOUND", "account not found"));
    if (!Platforms.nativeCn(a.platform)) {
      throw SimError.app(400, "NOT_CN_PROVIDER_ACCOUNT", "account is not a native CN account");
    }
    return Resp.ok(Map.of("available", true, "balance", "100.00", "currency", "CNY"));
  }
}

package dev.relaymanager.acceptance.simhost.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The host settings an admin can read and change (contract §3). */
public final class Settings {
  public String siteName = "sub2api (simulated)";
  public boolean allowUngroupedKeyScheduling;
  public boolean backendModeEnabled;
  public boolean turnstileEnabled;
  public boolean registrationEnabled = true;
  public double defaultBalance;
  public int defaultConcurrency = 5;
  public List<Map<String, Object>> defaultSubscriptions = new ArrayList<>();

  /** A field-by-field copy. */
  public Settings copy() {
    Settings s = new Settings();
    s.siteName = siteName;
    s.allowUngroupedKeyScheduling = allowUngroupedKeyScheduling;
    s.backendModeEnabled = backendModeEnabled;
    s.turnstileEnabled = turnstileEnabled;
    s.registrationEnabled = registrationEnabled;
    s.defaultBalance = defaultBalance;
    s.defaultConcurrency = defaultConcurrency;
    s.defaultSubscriptions = new ArrayList<>(defaultSubscriptions);
    return s;
  }
}

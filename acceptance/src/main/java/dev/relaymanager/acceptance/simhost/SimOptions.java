package dev.relaymanager.acceptance.simhost;

import dev.relaymanager.acceptance.simhost.state.Knobs;
import dev.relaymanager.acceptance.simhost.state.Settings;
import java.util.function.Consumer;

/** Start options of a {@link SimulatedHost}: port, version knobs and initial settings. */
public final class SimOptions {
  private int port;
  private String adminEmail = "admin@sim.local";
  private String adminPassword;
  private final Knobs knobs = new Knobs();
  private final Settings settings = new Settings();

  private SimOptions() {}

  /** Defaults: a random port and the newest build's behaviour. */
  public static SimOptions defaults() {
    return new SimOptions();
  }

  /** The port to bind on 127.0.0.1 (0 = random). */
  public SimOptions port(int value) {
    this.port = value;
    return this;
  }

  /** A fixed admin password instead of a random one. */
  public SimOptions adminPassword(String value) {
    this.adminPassword = value;
    return this;
  }

  /** Changes any version knob, e.g. {@code o.knobs(k -> k.channels = false)}. */
  public SimOptions knobs(Consumer<Knobs> change) {
    change.accept(knobs);
    return this;
  }

  /** Changes any initial setting, e.g. {@code o.settings(s -> s.backendModeEnabled = true)}. */
  public SimOptions settings(Consumer<Settings> change) {
    change.accept(settings);
    return this;
  }

  /** The {@code /v1/models} cache TTL (the real host caches about 15 s). */
  public SimOptions modelsCacheMillis(long millis) {
    return knobs(k -> k.modelsCacheMillis = millis);
  }

  int port() {
    return port;
  }

  String adminEmail() {
    return adminEmail;
  }

  String adminPassword() {
    return adminPassword;
  }

  Knobs knobsCopy() {
    return knobs.copy();
  }

  Settings settingsCopy() {
    return settings.copy();
  }
}

package dev.relaymanager.acceptance.simhost;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** Runs a simulated host until killed and prints its coordinates, one {@code key=value} a line. */
public final class SimHostMain {
  private SimHostMain() {}

  /** Entry point; see {@link SimArgs} for the flags. */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = System.out;
    SimOptions options;
    try {
      options = SimArgs.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("sim-host: " + e.getMessage());
      System.err.println(SimArgs.usage());
      System.exit(2);
      return;
    }
    SimulatedHost host = SimulatedHost.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  host.close();
                  stopped.countDown();
                }));
    out.println("port=" + host.port());
    out.println("base_url=" + host.baseUrl());
    out.println("admin_api_key=" + host.adminApiKey());
    out.println("admin_email=" + host.adminEmail());
    out.println("admin_password=" + host.adminPassword());
    out.flush();
    stopped.await();
  }
}

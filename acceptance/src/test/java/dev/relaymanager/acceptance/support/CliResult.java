package dev.relaymanager.acceptance.support;

/** What one run of the CLI process produced. */
public record CliResult(int exitCode, String out, String err) {
  /** Everything the process printed, for "never printed a secret" checks. */
  public String allOutput() {
    return out + "\n" + err;
  }
}

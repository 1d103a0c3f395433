package dev.relaymanager.adapter.http;

import dev.relaymanager.application.host.RegisterHost;

/**
 * The body of {@code POST /api/hosts}: either {@code admin_key_ref}, or {@code admin_email} with
 * {@code admin_password_ref}; references are {@code env:VAR} or {@code file:/abs/path}.
 */
public record CreateHostRequest(
    String name,
    String url,
    String adminKeyRef,
    String adminEmail,
    String adminPasswordRef,
    String prefix) {

  /** The use case's command; reports every problem of the request at once. */
  public RegisterHost.Command toCommand() {
    return RegisterHost.Command.parse(name, url, adminKeyRef, adminEmail, adminPasswordRef, prefix);
  }
}

package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.application.imports.ImportedProvider;
import dev.relaymanager.application.imports.ProviderAccess;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders imported providers: a table for many; for one, labelled lines, its access per mode and an
 * account table.
 */
final class ProviderText {
  private static final List<String> HEADER =
      List.of("ID", "HOST", "PACK", "PROVIDER", "GROUPS", "CHANNEL", "ACCOUNTS", "UPDATED AT");

  private ProviderText() {}

  static void table(PrintWriter out, List<ImportedProvider> providers) {
    if (providers.isEmpty()) {
      out.println("No providers imported. Import one with: relay-manager import apply ...");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ImportedProvider provider : providers) {
      rows.add(
          List.of(
              provider.id(),
              provider.host(),
              provider.pack(),
              provider.provider(),
              groups(provider),
              provider.channelId() == null ? "-" : provider.channelId().toString(),
              Integer.toString(provider.accounts().size()),
              provider.updatedAt().toString()));
    }
    TextTable.print(out, rows);
  }

  static void details(PrintWriter out, ImportedProvider provider) {
    out.println("id        " + provider.id());
    out.println("host      " + provider.host());
    out.println("pack      " + provider.pack());
    out.println("provider  " + provider.provider());
    out.println("groups    " + groups(provider));
    out.println("channel   " + PreviewText.orDash(text(provider.channelId())));
    out.println("batches   " + PreviewText.orDash(String.join(", ", provider.batches())));
    out.println("created   " + provider.createdAt());
    out.println("updated   " + provider.updatedAt());
    access(out, provider.access());
    if (provider.accounts().isEmpty()) {
      out.println("accounts  none");
      return;
    }
    out.println("accounts  " + provider.accounts().size());
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("KEY", "ACCOUNT"));
    provider
        .accounts()
        .forEach(a -> rows.add(List.of(a.fingerprint(), Long.toString(a.accountId()))));
    TextTable.print(out, rows, "  ");
  }

  /** The overall access status, then each mode's last check. */
  private static void access(PrintWriter out, ProviderAccess access) {
    out.println("access    " + access.status());
    if (access.modes().isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("MODE", "STATUS", "CLASS", "CHECKED AT"));
    for (ProviderAccess.ModeAccess mode : access.modes()) {
      rows.add(
          List.of(
              mode.mode(),
              mode.status(),
              PreviewText.orDash(mode.failureClass()),
              mode.checkedAt() == null ? "never" : mode.checkedAt().toString()));
    }
    TextTable.print(out, rows, "  ");
  }

  private static String groups(ImportedProvider provider) {
    if (provider.groups().isEmpty()) {
      return "-";
    }
    return provider.groups().entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }

  private static String text(Long id) {
    return id == null ? null : id.toString();
  }
}

package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.application.pack.ModelView;
import dev.relaymanager.application.pack.PackView;
import dev.relaymanager.application.pack.ProviderView;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Renders one installed pack for people: identity, then each provider with its priced models. */
final class PackViewText {
  private static final List<String> MODEL_HEADER =
      List.of("MODEL", "UPSTREAM", "INPUT", "OUTPUT", "CACHE READ", "CACHE WRITE");

  private PackViewText() {}

  static void details(PrintWriter out, PackView pack) {
    line(out, "pack", pack.name() + "@" + pack.version());
    line(out, "description", pack.description());
    line(out, "digest", pack.digest());
    line(out, "installed", pack.installedAt() + " from " + pack.source());
    pack.providers().forEach(provider -> provider(out, provider));
    if (!pack.warnings().isEmpty()) {
      out.println();
      pack.warnings().forEach(w -> out.println("warning: " + w));
    }
  }

  private static void provider(PrintWriter out, ProviderView provider) {
    out.println();
    out.println("provider " + provider.name() + " (" + provider.displayName() + ")");
    line(out, "  platform", provider.platform());
    line(out, "  base url", provider.baseUrl());
    line(
        out,
        "  smoke test",
        provider.smokeTestModel() + ", max_tokens " + provider.smokeMaxTokens());
    line(out, "  facts", provider.sourceUrl() + " (as of " + provider.sourceAsOf() + ")");
    out.println("  prices in USD per 1M tokens:");
    List<List<String>> rows = new ArrayList<>();
    rows.add(MODEL_HEADER);
    for (ModelView model : provider.models()) {
      rows.add(
          List.of(
              model.id(),
              model.upstreamId().equals(model.id()) ? "-" : model.upstreamId(),
              price(model.input()),
              price(model.output()),
              price(model.cacheRead()),
              price(model.cacheWrite())));
    }
    TextTable.print(out, rows, "  ");
  }

  private static String price(BigDecimal usdPerMillion) {
    return usdPerMillion == null ? "-" : usdPerMillion.toPlainString();
  }

  private static void line(PrintWriter out, String label, String value) {
    out.printf("%-14s %s%n", label + ":", value);
  }
}

package dev.relaymanager.adapter.cli;

import dev.relaymanager.application.host.ListHosts;
import dev.relaymanager.application.host.ProbeHost;
import dev.relaymanager.application.host.RegisterHost;
import dev.relaymanager.application.host.RemoveHost;
import dev.relaymanager.application.host.ShowHost;
import dev.relaymanager.application.pack.InstallPack;
import dev.relaymanager.application.pack.ListPacks;
import dev.relaymanager.application.pack.ShowPack;
import java.util.Objects;

/** The use cases the commands call, all over one state file. */
public record Workspace(
    RegisterHost registerHost,
    ListHosts listHosts,
    ShowHost showHost,
    ProbeHost probeHost,
    RemoveHost removeHost,
    InstallPack installPack,
    ListPacks listPacks,
    ShowPack showPack,
    Imports imports,
    Rollbacks rollbacks,
    Reconciles reconciles,
    Access access) {
  public Workspace {
    Objects.requireNonNull(registerHost, "registerHost");
    Objects.requireNonNull(listHosts, "listHosts");
    Objects.requireNonNull(showHost, "showHost");
    Objects.requireNonNull(probeHost, "probeHost");
    Objects.requireNonNull(removeHost, "removeHost");
    Objects.requireNonNull(installPack, "installPack");
    Objects.requireNonNull(listPacks, "listPacks");
    Objects.requireNonNull(showPack, "showPack");
    Objects.requireNonNull(imports, "imports");
    Objects.requireNonNull(rollbacks, "rollbacks");
    Objects.requireNonNull(reconciles, "reconciles");
    Objects.requireNonNull(access, "access");
  }
}

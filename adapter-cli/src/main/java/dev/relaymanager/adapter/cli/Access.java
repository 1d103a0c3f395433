package dev.relaymanager.adapter.cli;

import dev.relaymanager.application.access.AccessTargets;
import dev.relaymanager.application.access.AssignSubscriptions;
import dev.relaymanager.application.access.CheckAccess;
import dev.relaymanager.application.access.SetProbeUser;
import java.util.Objects;

/** The access use cases the commands call, all over one state file. */
public record Access(
    SetProbeUser setProbeUser,
    CheckAccess check,
    AssignSubscriptions assignSubscriptions,
    AccessTargets targets) {
  public Access {
    Objects.requireNonNull(setProbeUser, "setProbeUser");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(assignSubscriptions, "assignSubscriptions");
    Objects.requireNonNull(targets, "targets");
  }
}

package dev.relaymanager.adapter.http;

import dev.relaymanager.application.access.AccessTargets;
import dev.relaymanager.application.access.AssignSubscriptions;
import dev.relaymanager.application.access.CheckAccess;
import dev.relaymanager.application.access.SetProbeUser;
import java.util.Objects;

/** The access use cases that the probe-user, access and assign-subscriptions routes call. */
public record AccessUseCases(
    SetProbeUser setProbeUser,
    CheckAccess check,
    AssignSubscriptions assignSubscriptions,
    AccessTargets targets) {
  public AccessUseCases {
    Objects.requireNonNull(setProbeUser, "setProbeUser");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(assignSubscriptions, "assignSubscriptions");
    Objects.requireNonNull(targets, "targets");
  }
}

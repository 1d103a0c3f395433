package dev.relaymanager.acceptance.simhost.state;

import java.util.ArrayList;
import java.util.List;

/** All stored rows, soft-deleted ones included, in insertion order. */
public final class Tables {
  public final List<GroupRow> groups = new ArrayList<>();
  public final List<AccountRow> accounts = new ArrayList<>();
  public final List<ChannelRow> channels = new ArrayList<>();
  public final List<UserRow> users = new ArrayList<>();
  public final List<SubscriptionRow> subscriptions = new ArrayList<>();
  public final List<ApiKeyRow> apiKeys = new ArrayList<>();

  /** Empties every table. */
  public void clear() {
    groups.clear();
    accounts.clear();
    channels.clear();
    users.clear();
    subscriptions.clear();
    apiKeys.clear();
  }
}

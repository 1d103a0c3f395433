package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.state.ApiKeyRow;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SubscriptionRow;
import dev.relaymanager.acceptance.simhost.state.UserRow;

/**
 * A gateway caller after the API-key middleware.
 *
 * @param key the API key
 * @param user its owner
 * @param group the bound group, or null for an ungrouped key (when allowed)
 * @param subscription the active subscription for a subscription group, else null
 */
record Caller(ApiKeyRow key, UserRow user, GroupRow group, SubscriptionRow subscription) {}

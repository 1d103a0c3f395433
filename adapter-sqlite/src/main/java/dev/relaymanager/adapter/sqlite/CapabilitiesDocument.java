package dev.relaymanager.adapter.sqlite;

import java.util.List;

/**
 * The stored JSON form of host capabilities. A key missing from an older row reads as false (or no
 * platforms), so capabilities can be added without a migration.
 */
record CapabilitiesDocument(
    boolean channels,
    boolean subscriptions,
    boolean paymentPlans,
    boolean nativeCnRoutes,
    List<String> groupPlatforms,
    boolean backendMode,
    boolean ungroupedKeyScheduling,
    boolean adminUserKeyCreation) {}

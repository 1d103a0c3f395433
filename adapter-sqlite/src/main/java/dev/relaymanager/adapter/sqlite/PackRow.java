package dev.relaymanager.adapter.sqlite;

/**
 * One row of {@code packs}, column for column. Public only because Jdbi's constructor mapper cannot
 * reach a package-private constructor; it is not part of this module's API.
 */
public record PackRow(
    String name,
    String version,
    String digest,
    String document,
    String source,
    String installedAt) {}

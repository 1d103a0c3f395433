package dev.relaymanager.adapter.sqlite;

/**
 * One row of {@code provider_objects}: a host object a provider manages. {@code qualifier} is the
 * mode of a group, the key fingerprint of an account and empty for the channel. Public only because
 * Jdbi's constructor mapper cannot reach a package-private constructor.
 */
public record ProviderObjectRow(
    String providerId, String kind, String qualifier, long hostObjectId) {}

package dev.relaymanager.adapter.sqlite;

/**
 * One row of {@code provider_batches}: the {@code position}-th batch (from 0) of a provider. Public
 * only for the same reason as the other rows: Jdbi reads it reflectively.
 */
public record ProviderBatchRow(String providerId, int position, String batchId) {}

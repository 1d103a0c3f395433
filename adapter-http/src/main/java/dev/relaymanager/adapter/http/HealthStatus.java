package dev.relaymanager.adapter.http;

/** The body of {@code /healthz} and {@code /readyz}. */
record HealthStatus(String status) {}

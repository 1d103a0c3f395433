/**
 * Reconcile use cases: compare the recorded state with the host, then repair or prune the drift.
 */
package dev.relaymanager.application.reconcile;

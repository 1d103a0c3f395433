/** Acceptance tests of rollback and reconcile: the real CLI against the simulated host. */
package dev.relaymanager.acceptance.rollback;

/** Comparing what the manager recorded with the live host: findings, reports, repair and prune. */
package dev.relaymanager.domain.reconcile;

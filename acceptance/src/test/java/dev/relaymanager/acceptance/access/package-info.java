/** Acceptance tests of access closure: real CLI processes against the simulated host. */
package dev.relaymanager.acceptance.access;

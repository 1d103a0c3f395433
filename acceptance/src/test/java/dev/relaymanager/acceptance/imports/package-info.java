/** End-to-end imports: the real CLI jar against the simulated host. */
package dev.relaymanager.acceptance.imports;

/** The port contracts run against the real adapters and the simulated host, in process. */
package dev.relaymanager.acceptance.contract;

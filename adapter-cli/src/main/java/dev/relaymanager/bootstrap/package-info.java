/**
 * The composition root: wires the real adapters into the use cases for the CLI, HTTP and embedders.
 */
package dev.relaymanager.bootstrap;

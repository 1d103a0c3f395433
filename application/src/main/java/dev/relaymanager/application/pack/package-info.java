/** Pack use cases and the packs built into the manager. */
package dev.relaymanager.application.pack;

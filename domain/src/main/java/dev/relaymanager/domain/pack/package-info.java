/** Provider packs: the versioned, strictly validated manifests of providers to import. */
package dev.relaymanager.domain.pack;

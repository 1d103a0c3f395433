/** Building blocks every aggregate shares: the exception family, secrets and fingerprints. */
package dev.relaymanager.domain.shared;

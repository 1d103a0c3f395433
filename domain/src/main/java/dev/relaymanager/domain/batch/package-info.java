/** One import run of a provider: the keys, the plan against the live host, the batch journal. */
package dev.relaymanager.domain.batch;

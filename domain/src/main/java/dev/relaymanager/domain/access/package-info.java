/** Whether ordinary users can really use a provider, and why not: the failure vocabulary. */
package dev.relaymanager.domain.access;

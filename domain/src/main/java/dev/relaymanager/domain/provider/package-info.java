/** A pack's provider as imported on one host: its desired objects and what the host holds. */
package dev.relaymanager.domain.provider;

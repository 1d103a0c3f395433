/**
 * The sub2api host adapter: an admin API client on the JDK HttpClient that implements the host
 * ports.
 */
package dev.relaymanager.adapter.sub2api;

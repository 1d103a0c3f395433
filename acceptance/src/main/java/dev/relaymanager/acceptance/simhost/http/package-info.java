/** The simulator's own HTTP plumbing: routing, guards, envelopes, errors and faults. */
package dev.relaymanager.acceptance.simhost.http;

/** Helpers for end-to-end tests: running the real CLI jar as a process, and waiting on it. */
package dev.relaymanager.acceptance.support;

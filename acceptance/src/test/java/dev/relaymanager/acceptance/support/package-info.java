/** Helpers for end-to-end tests: running the real CLI jar as a process. */
package dev.relaymanager.acceptance.support;

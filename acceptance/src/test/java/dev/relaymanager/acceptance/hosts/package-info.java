/** End-to-end tests of registering and probing hosts through the real CLI and HTTP server. */
package dev.relaymanager.acceptance.hosts;

/** The relay-manager commands; each one parses its arguments, calls a use case and renders. */
package dev.relaymanager.adapter.cli.command;

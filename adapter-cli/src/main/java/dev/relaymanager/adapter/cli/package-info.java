/** The relay-manager command line: shared options, output, errors and exit codes. */
package dev.relaymanager.adapter.cli;

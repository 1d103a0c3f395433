/**
 * Import use cases: preview, apply and resume an import of a pack provider, and list the results.
 */
package dev.relaymanager.application.imports;

/** Rollback use cases: plan and carry out the undoing of an import batch or of a provider. */
package dev.relaymanager.application.rollback;

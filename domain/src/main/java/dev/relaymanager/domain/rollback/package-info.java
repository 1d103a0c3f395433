/** Undoing an import batch: what a rollback deletes, what it keeps and why, in which order. */
package dev.relaymanager.domain.rollback;

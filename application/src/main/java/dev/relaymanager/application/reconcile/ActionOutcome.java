package dev.relaymanager.application.reconcile;

/**
 * One write of a repair or prune, as done.
 *
 * @param step the planned step, e.g. {@code re-create group rm-x (id 12)}
 * @param outcome {@code done}, {@code already_gone} or {@code failed}
 * @param detail the new host id or the host's refusal; null when there is nothing to say
 */
public record ActionOutcome(String step, String outcome, String detail) {}

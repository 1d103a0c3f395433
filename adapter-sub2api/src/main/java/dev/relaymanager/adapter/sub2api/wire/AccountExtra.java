package dev.relaymanager.adapter.sub2api.wire;

/**
 * The {@code extra} of an account: only the Responses mode, always explicit (contract §4).
 *
 * @param openaiResponsesMode e.g. {@code force_chat_completions}
 */
public record AccountExtra(String openaiResponsesMode) {}

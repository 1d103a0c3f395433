package dev.relaymanager.adapter.sub2api.wire;

/**
 * The body of {@code POST /api/v1/admin/accounts/:id/test} as the host's web client sends it
 * (contract §6); the model is always explicit because the host's default is a GPT model.
 */
public record AccountTestRequest(String modelId, String prompt) {}

package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.access.ModelListing;
import dev.relaymanager.domain.access.UsageAnswer;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.shared.Secret;

/**
 * The host's gateway as an ordinary user calls it, with {@code Authorization: Bearer <user key>}
 * (contract §10). Refusals and unreachable hosts are answers, never exceptions, because they are
 * exactly what a verification wants to see.
 */
public interface HostGateway {
  /** {@code GET /v1/models}. */
  ModelListing listModels(Secret userKey);

  /** A minimal non-streaming {@code POST /v1/chat/completions} with one user message. */
  ChatAnswer chat(Secret userKey, ModelId model, int maxTokens);

  /** {@code GET /v1/usage}, which skips the billing checks. */
  UsageAnswer usage(Secret userKey);
}

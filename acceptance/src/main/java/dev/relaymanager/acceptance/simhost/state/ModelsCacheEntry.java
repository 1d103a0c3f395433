package dev.relaymanager.acceptance.simhost.state;

import java.util.List;

/**
 * A cached {@code /v1/models} answer for one group and platform; an empty list is cached too.
 *
 * @param expiresAtMillis epoch millis after which it is rebuilt
 * @param modelIds the cached model ids
 */
public record ModelsCacheEntry(long expiresAtMillis, List<String> modelIds) {}

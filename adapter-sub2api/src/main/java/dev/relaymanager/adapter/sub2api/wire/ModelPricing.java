package dev.relaymanager.adapter.sub2api.wire;

import java.math.BigDecimal;
import java.util.List;

/**
 * One {@code model_pricing} entry of a channel, sent and read back (contract §8): prices in USD per
 * single token, null for a component without a price. Read leniently, the host's extra fields
 * ({@code id}, {@code intervals}, …) are ignored.
 *
 * @param platform must equal the bound groups' platform; empty would mean {@code anthropic}
 * @param billingMode {@code token} for every entry the manager sends
 */
public record ModelPricing(
    String platform,
    List<String> models,
    String billingMode,
    BigDecimal inputPrice,
    BigDecimal outputPrice,
    BigDecimal cacheReadPrice,
    BigDecimal cacheWritePrice) {}

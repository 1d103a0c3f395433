package dev.relaymanager.adapter.sub2api.wire;

import java.util.List;
import java.util.Objects;

/**
 * A paginated payload: {@code {items,total,page,page_size,pages}}; {@code pages} is at least 1.
 *
 * @param <T> the item type
 */
public record Page<T>(List<T> items, long total, int page, int pageSize, int pages) {
  public Page {
    items = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
  }

  @Override
  public String toString() {
    return "Page[page=" + page + ", pages=" + pages + ", items=" + items.size() + "]";
  }
}

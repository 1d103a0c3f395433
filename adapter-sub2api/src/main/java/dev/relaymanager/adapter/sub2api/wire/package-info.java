/** Records that mirror the sub2api host's JSON field for field, read leniently. */
package dev.relaymanager.adapter.sub2api.wire;

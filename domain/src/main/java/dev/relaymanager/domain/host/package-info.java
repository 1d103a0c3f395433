/** A registered sub2api host: where it is, how to authenticate, what it can do. */
package dev.relaymanager.domain.host;

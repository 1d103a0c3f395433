/** The driven ports: everything the core needs from the outside world, in domain words. */
package dev.relaymanager.domain.port;

/** A simulated sub2api host that follows the host contract, for tests and demos. */
package dev.relaymanager.acceptance.simhost;

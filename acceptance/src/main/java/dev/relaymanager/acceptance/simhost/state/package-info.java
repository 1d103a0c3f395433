/** In-memory tables, knobs and settings of the simulated sub2api host. */
package dev.relaymanager.acceptance.simhost.state;

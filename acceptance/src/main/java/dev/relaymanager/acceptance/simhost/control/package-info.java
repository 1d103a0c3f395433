/** The simulator's control API under {@code /_sim}: knobs, faults, state and drift. */
package dev.relaymanager.acceptance.simhost.control;

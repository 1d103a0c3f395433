/** The simulated admin, auth and user API under {@code /api/v1}. */
package dev.relaymanager.acceptance.simhost.admin;

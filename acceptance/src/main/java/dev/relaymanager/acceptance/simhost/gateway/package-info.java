/** The simulated user-facing gateway: {@code /v1/models}, chat completions and usage (§10). */
package dev.relaymanager.acceptance.simhost.gateway;

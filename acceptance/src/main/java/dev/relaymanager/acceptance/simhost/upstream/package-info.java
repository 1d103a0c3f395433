/** The simulated Chinese LLM providers: URL rules, per-key behaviour and the direct endpoint. */
package dev.relaymanager.acceptance.simhost.upstream;

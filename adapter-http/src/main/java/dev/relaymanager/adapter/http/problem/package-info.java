/** RFC 9457 problem answers: the problem types and the one mapper from failures to problems. */
package dev.relaymanager.adapter.http.problem;

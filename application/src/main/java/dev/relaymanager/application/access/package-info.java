/** Closing and proving ordinary users' access to imported providers: the probe user, checks. */
package dev.relaymanager.application.access;

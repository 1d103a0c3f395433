/** Use cases for registering, probing and removing sub2api hosts. */
package dev.relaymanager.application.host;

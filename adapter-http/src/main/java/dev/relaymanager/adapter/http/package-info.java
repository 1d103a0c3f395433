/** The HTTP API on Javalin: the server, its authentication and one routes class per resource. */
package dev.relaymanager.adapter.http;

/** Manager state in one SQLite file: Jdbi repositories over a schema that Flyway migrates. */
package dev.relaymanager.adapter.sqlite;

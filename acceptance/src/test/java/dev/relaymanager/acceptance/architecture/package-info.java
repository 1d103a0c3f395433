/** Architecture rules of STYLE.md §7, checked over every production class. */
package dev.relaymanager.acceptance.architecture;

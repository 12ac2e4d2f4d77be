/**
 * The engine's own threads (clocks, output flushers, process pumps), kept out of JShell's group of
 * user-code threads. The bottom of the engine: every engine package may use it; it uses none of Tablebook's.
 */
package dev.tablebook.engine.threads;

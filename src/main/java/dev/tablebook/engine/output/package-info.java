/**
 * A cell's outputs: what it prints, displays and returns ({@link dev.tablebook.engine.output.Output}, sent
 * to an {@link dev.tablebook.engine.output.OutputSink}), which cell output from any thread belongs to, and
 * the budget that bounds it. Uses display, secrets and engine.threads.
 */
package dev.tablebook.engine.output;

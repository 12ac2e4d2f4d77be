/**
 * The engine's core: runs notebook cells with JShell in this JVM ({@link dev.tablebook.engine.Engine}
 * is the facade the kernel, the runner and the CLI use). Uses display, io and secrets, and the engine's
 * sub-packages (magic, maven, classpath, output, help, threads), each through a small public surface;
 * none of them uses the core.
 */
package dev.tablebook.engine;

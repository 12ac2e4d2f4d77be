/**
 * Magics: the SPI ({@link dev.tablebook.engine.magic.Magic}, {@link dev.tablebook.engine.magic.MagicContext}),
 * the registry of a session's magics and the built-in ones that need nothing but the SPI. Magics of other
 * packages are found through {@code META-INF/services}. Uses display, io, secrets and engine.threads.
 */
package dev.tablebook.engine.magic;

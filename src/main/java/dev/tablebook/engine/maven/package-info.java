/**
 * The Maven magics ({@code %maven}, {@code %mavenRepo}, {@code %loadFromPOM}), the resolver behind them and
 * the sources jars inspection reads. The engine calls it through {@link dev.tablebook.engine.maven.MavenMagics}
 * alone. Uses engine.magic (the SPI) and engine.classpath (the library versions cells already see).
 */
package dev.tablebook.engine.maven;

/**
 * The magics that reach packages the engine must not use: {@code %%sql} (sql, DuckDB) and {@code %spark}
 * (spark, the Spark Connect client resolved at run time). They live here, not in the engine, on purpose:
 * the engine never imports sql or spark, and finds these through the magic SPI
 * ({@code META-INF/services/dev.tablebook.engine.magic.Magic}). Do not move them into the engine. Uses
 * engine.magic (the SPI), display, sql, secrets and io.
 */
package dev.tablebook.magics;

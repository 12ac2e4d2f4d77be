/**
 * Credentials in text: the one rule that hides them ({@link dev.tablebook.secrets.Secrets}) wherever
 * Tablebook shows, logs or stores text, and the addresses that carry them, read without repeating them
 * ({@link dev.tablebook.secrets.SparkConnectAddress}). Uses none of Tablebook's packages, so every one
 * may use it; cells see it too (the Spark glue runs in a cell's class loader).
 */
package dev.tablebook.secrets;

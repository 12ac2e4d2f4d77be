/**
 * Javadoc for inspection (Shift-Tab): finds the doc comment of what a JShell signature names, in the bundled
 * sources or a library's sources jar, and writes it as text. The engine calls it through
 * {@link dev.tablebook.engine.help.JavadocLookup} alone. Uses none of Tablebook's packages.
 */
package dev.tablebook.engine.help;

/**
 * What cells compile against and load classes from: which of the kernel's classes they see, the jars users
 * add, and the library classes changed for notebooks. The engine calls it through
 * {@link dev.tablebook.engine.classpath.CellClassPath} alone. Uses none of Tablebook's packages.
 */
package dev.tablebook.engine.classpath;

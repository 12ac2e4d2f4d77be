/**
 * The engine of a data grid over one Tablesaw table, without any UI: {@link dev.tablebook.grid.GridQuery}
 * says what to show (sort, filter text, columns, page size), {@link dev.tablebook.grid.GridFilter} reads
 * filter text into a selection, and {@link dev.tablebook.grid.GridRows} sorts, filters and pages, keeping
 * what it computed. Uses Tablesaw, and fastutil and RoaringBitmap (both part of Tablesaw's API); of ours,
 * at most {@code widgets}, {@code tables} and {@code display}; its widget, {@link dev.tablebook.grid.DataGrid}, is made of standard widgets. Only cells and {@code cli} use it.
 */
package dev.tablebook.grid;

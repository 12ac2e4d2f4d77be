/**
 * A data grid over one Tablesaw table. {@link dev.tablebook.grid.DataGrid} is what a cell shows, made of
 * ipywidgets' standard controls; its engine has no UI: {@link dev.tablebook.grid.GridQuery} says what to
 * show (sort, filter text, columns, page size), {@link dev.tablebook.grid.GridFilter} reads filter text
 * into a selection, and {@link dev.tablebook.grid.GridRows} sorts, filters and pages, keeping what it
 * computed. Uses Tablesaw, and fastutil and RoaringBitmap (both part of Tablesaw's API); of ours,
 * {@code widgets}, {@code tables} and {@code display}. Only cells and {@code cli} use it.
 */
package dev.tablebook.grid;

/**
 * Vector PDFs drawn with Java2D, fonts embedded: {@link dev.tablebook.pdf.PdfPages} turns pages drawn on a
 * {@link java.awt.Graphics2D} into a PDF. Charts and tables use it for print. Uses none of our packages.
 */
package dev.tablebook.pdf;

/**
 * ipywidgets 8 from Java: sliders, dropdowns, text, buttons, an {@link dev.tablebook.widgets.Output}
 * to display into, boxes, and {@link dev.tablebook.widgets.Widgets#interact} to bind controls to a
 * function, drawn by ipywidgets' own front end (JupyterLab, Notebook 7, VS Code) through the widget
 * protocol 2.1.0 over {@link dev.tablebook.comm comms}. Models, modules and versions are those of
 * {@code @jupyter-widgets/controls} 5 ({@code 2.0.0}), {@code @jupyter-widgets/base} and
 * {@code @jupyter-widgets/output}. Uses comm and display.
 */
package dev.tablebook.widgets;

/**
 * Comms: the messaging protocol's channel between an object in the kernel and its counterpart in a
 * front end ({@code comm_open}, {@code comm_msg}, {@code comm_close}, binary buffers). Widgets, the
 * grid and any library's own live display are built on {@link dev.tablebook.comm.Comm}; the kernel (or
 * the headless runner) connects a {@link dev.tablebook.comm.CommTransport}. Data are JSON values as
 * plain Java: maps with string keys, lists, strings, numbers, booleans and null. Uses none of our
 * packages.
 */
package dev.tablebook.comm;

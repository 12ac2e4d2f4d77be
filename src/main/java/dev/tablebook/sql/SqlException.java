package dev.tablebook.sql;

/**
 * A statement DuckDB refused or could not finish, or a result Tablesaw cannot hold. The message reads
 * as DuckDB's own ("Binder Error: Referenced column "x" not found"), without the JSON it travels in;
 * {@link #position()} is where in the statement the problem is, when DuckDB says.
 *
 * @since 0.3
 */
public class SqlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int position;
  private final int length;

  public SqlException(String message) {
    this(message, -1, 0, null);
  }

  public SqlException(String message, Throwable cause) {
    this(message, -1, 0, cause);
  }

  /** An error at {@code position} (a character offset into the statement, or -1), {@code length} characters wide. */
  public SqlException(String message, int position, int length, Throwable cause) {
    super(message, cause);
    this.position = position;
    this.length = length;
  }

  /** The character offset in the statement where the problem is, or -1 when DuckDB gave none. */
  public int position() {
    return position;
  }

  /** How many characters the problem spans from {@link #position()} (at least 1 when there is a position). */
  public int length() {
    return position < 0 ? 0 : Math.max(1, length);
  }

  /** The same error at another offset: where the statement stands in a larger text (a cell, a script). */
  public SqlException movedTo(int newPosition) {
    SqlException moved = new SqlException(getMessage(), newPosition, length, getCause());
    moved.setStackTrace(getStackTrace());
    return moved;
  }

  /** A statement that was asked for rows ({@code %%sql -o NAME}'s last one) and gives none: it did not run. */
  public static final class NoRows extends SqlException {
    private static final long serialVersionUID = 1L;

    public NoRows(String message) {
      super(message);
    }

    public NoRows(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A call on a database that was abandoned before the call began (a statement of an earlier caller would not stop). */
  public static final class Abandoned extends SqlException {
    private static final long serialVersionUID = 1L;

    public Abandoned(String message) {
      super(message);
    }
  }
}

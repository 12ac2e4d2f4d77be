package dev.tablebook.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a data package or one of its resources does not validate; carries every problem found,
 * one per line in the message, so the user can fix them all in one pass.
 *
 * @since 0.1
 */
public class DataPackageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** Creates an exception for the given problems (at least one). */
  public DataPackageException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file and line order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return count
        + " in the data package:\n"
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}

package dev.tablebook.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * How a cell ended: {@link Status#OK}, {@link Status#ERROR} (with the error output that was also
 * sent to the sink), or {@link Status#INTERRUPTED}.
 *
 * @since 0.1
 */
public record CellResult(Status status, Optional<Output.Error> error, Duration elapsed) {

  /** How a cell ended. */
  public enum Status { OK, ERROR, INTERRUPTED }

  /** Whether the cell ran to its end without error. */
  public boolean ok() {
    return status == Status.OK;
  }
}

package dev.tablebook.engine;

import dev.tablebook.engine.output.Output;
import java.time.Duration;
import java.util.Optional;

/**
 * How a cell ended: {@link Status#OK}, {@link Status#ERROR} (with the error output that was also
 * sent to the sink), {@link Status#INTERRUPTED} or {@link Status#TIMED_OUT} (stopped: never ok,
 * whatever the code had returned).
 *
 * @since 0.1
 */
public record CellResult(Status status, Optional<Output.Error> error, Duration elapsed) {

  /** How a cell ended. */
  public enum Status { OK, ERROR, INTERRUPTED, TIMED_OUT }

  /** Whether the cell ran to its end without error. */
  public boolean ok() {
    return status == Status.OK;
  }
}

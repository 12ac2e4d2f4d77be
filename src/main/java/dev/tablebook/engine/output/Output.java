package dev.tablebook.engine.output;

import dev.tablebook.display.MimeBundle;
import dev.tablebook.secrets.Secrets;
import java.util.List;

/**
 * One output of a running cell, in the order it happens. The kernel turns each into a Jupyter
 * message, the notebook runner into an nbformat output.
 *
 * @since 0.1
 */
public sealed interface Output {

  /** Text the cell printed: {@code name} is {@code stdout} or {@code stderr}. */
  record Stream(String name, String text) implements Output {}

  /** A value shown with {@code display(...)}; {@code displayId} lets a later update replace it. */
  record DisplayData(MimeBundle bundle, String displayId) implements Output {}

  /** A new rendering for an earlier display. */
  record UpdateDisplayData(MimeBundle bundle, String displayId) implements Output {}

  /** The value of the cell's last expression. */
  record ExecuteResult(MimeBundle bundle) implements Output {}

  /**
   * The error that ended the cell: exactly one per failing cell. Its texts carry no credential, whoever
   * made it: each passes {@link Secrets#redact} here, the one door every error goes through.
   */
  record Error(String ename, String evalue, List<String> traceback) implements Output {
    public Error {
      ename = Secrets.redact(ename);
      evalue = Secrets.redact(evalue);
      traceback = traceback.stream().map(Secrets::redact).toList();
    }

    /** The traceback as one text, as a terminal shows it. */
    public String text() {
      return String.join("\n", traceback);
    }
  }

  /** Clear the cell's output (with {@code waitForNext}: when the next output arrives). */
  record ClearOutput(boolean waitForNext) implements Output {}
}

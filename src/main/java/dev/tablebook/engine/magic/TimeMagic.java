package dev.tablebook.engine.magic;

import java.util.Locale;

/** {@code %time CODE} and {@code %%time}: runs the code and prints how long it took. */
final class TimeMagic implements Magic {
  @Override
  public String name() {
    return "time";
  }

  @Override
  public String help() {
    return "run the code (rest of the line, or the cell) and print the wall time";
  }

  @Override
  public boolean isCellMagic() {
    return true;
  }

  @Override
  public boolean run(String arguments, String body, MagicContext context) {
    String code = body == null ? arguments : body;
    long start = System.nanoTime();
    boolean ok = context.run(code);
    context.println("Wall time: " + format(System.nanoTime() - start));
    return ok;
  }

  static String format(long nanos) {
    double ms = nanos / 1e6;
    return ms < 1000 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%.2f s", ms / 1000);
  }
}

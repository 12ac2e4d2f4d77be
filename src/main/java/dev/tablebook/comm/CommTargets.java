package dev.tablebook.comm;

/**
 * Comm targets a library registers as soon as a kernel connects, before any cell runs (found through
 * {@code META-INF/services/dev.tablebook.comm.CommTargets}): a front end may open a comm to them when
 * it connects, as JupyterLab's widget manager opens {@code jupyter.widget.control} to restore widgets.
 *
 * @since 0.4
 */
public interface CommTargets {

  /** Registers this library's targets with {@code hub}. */
  void register(CommHub hub);

  /** Registers the targets of every library on {@code loader}'s class path with {@code hub}; one that fails is skipped. */
  static void registerAll(CommHub hub, ClassLoader loader) {
    var found = java.util.ServiceLoader.load(CommTargets.class, loader).iterator();
    for (int failures = 0; failures < 100; ) {
      try {
        if (!found.hasNext()) {
          return;
        }
        found.next().register(hub);
      } catch (java.util.ServiceConfigurationError | RuntimeException e) {
        failures++;
        System.getLogger(CommTargets.class.getName()).log(System.Logger.Level.WARNING, "comm targets could not be registered", e);
      }
    }
  }
}

package dev.tablebook.cli;

import dev.tablebook.io.PrivateTemp;
import dev.tablebook.kernel.ConnectionInfo;
import dev.tablebook.kernel.Kernel;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tablebook kernel -f CONNECTION_FILE}: runs the Jupyter kernel (Jupyter starts this). */
@Command(name = "kernel", description = "Run the Jupyter kernel for a connection file (Jupyter starts this for you).")
final class KernelCommand implements Callable<Integer> {
  @Option(names = {"-f", "--connection-file"}, required = true, paramLabel = "FILE",
      description = "The connection file Jupyter wrote.")
  Path connectionFile;

  @Override
  public Integer call() throws InterruptedException {
    try {
      PrivateTemp.own(); // removed at exit; made now so the folders of kernels that were killed go at this start
    } catch (java.io.IOException e) {
      System.err.println("tablebook: warning: no private temp folder (SQL and Spark need one): " + e.getMessage());
    }
    Kernel kernel = Kernel.start(ConnectionInfo.read(connectionFile));
    Runtime.getRuntime().addShutdownHook(new Thread(kernel::close, "tablebook-sigterm")); // SIGTERM: close cleanly
    kernel.awaitShutdown();
    kernel.close();
    return 0;
  }
}

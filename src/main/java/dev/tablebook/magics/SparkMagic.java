package dev.tablebook.magics;

import dev.tablebook.engine.magic.MagicArguments;
import dev.tablebook.engine.magic.MagicContext;
import dev.tablebook.engine.magic.MagicException;
import dev.tablebook.io.FileErrors;
import dev.tablebook.io.PrivateTemp;
import dev.tablebook.secrets.SparkConnectAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code %spark connect [--client VERSION] sc://host:port[/;token=...;use_ssl=true]} (or {@code {name}}, a
 * session variable holding the address): a Spark Connect
 * session as the session variable {@code spark}. At the first use it resolves the Spark Connect client
 * as {@code %maven} does (nothing of Spark is in the kernel, nor loaded before), adds Tablebook's Spark
 * glue ({@code dev.tablebook.spark}) and the imports a Spark cell needs ({@link #IMPORTS}: Spark's
 * {@code Row} then shadows Tablesaw's), connects, and says which Spark the server runs. An address that
 * does not parse fails first, saying what is wrong without repeating its token ({@link SparkConnectAddress}).
 */
public final class SparkMagic implements dev.tablebook.engine.magic.Magic {
  /** The client used unless {@code --client} says otherwise: it matches the server version tested here. */
  public static final String CLIENT_VERSION = "4.2.0";
  static final String GLUE = "/tablebook-spark/tablebook-spark.jar";
  private static final String USAGE = "usage: %spark connect [--client VERSION] sc://host:port[/;token=...;use_ssl=true] (or {variable})";
  /** What a cell that uses Spark imports, added by the first {@code %spark connect}. */
  static final String IMPORTS = "import dev.tablebook.spark.Spark; import org.apache.spark.sql.SparkSession;"
      + " import org.apache.spark.sql.Dataset; import org.apache.spark.sql.Row; import org.apache.spark.sql.functions;";
  private static Path extractedGlue;

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public String help() {
    return "connect to a Spark Connect server as `spark` (%spark connect sc://host:15002)";
  }

  @Override
  public boolean run(String arguments, String body, MagicContext context) throws MagicException {
    List<String> words = MagicArguments.split(arguments);
    if (words.isEmpty() || !words.get(0).equals("connect")) {
      throw new MagicException(USAGE);
    }
    String version = CLIENT_VERSION;
    String url = null;
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).equals("--client") && i + 1 < words.size()) {
        version = words.get(++i);
      } else if (url == null && !words.get(i).startsWith("-")) {
        url = words.get(i);
      } else {
        throw new MagicException(USAGE);
      }
    }
    if (url != null && url.matches("\\{[A-Za-z_$][A-Za-z0-9_$]*}")) { // %spark connect {url}: the session variable's value
      String name = url.substring(1, url.length() - 1);
      Object value = context.values(java.util.Set.of(name)).get(name);
      if (!(value instanceof String text)) {
        throw new MagicException("%spark connect {" + name + "}: the session has no String variable " + name);
      }
      url = text;
    }
    if (url == null || !url.startsWith("sc://")) {
      throw new MagicException("%spark connect needs a Spark Connect address, sc://host:port; " + USAGE);
    }
    String shown;
    try {
      shown = SparkConnectAddress.parse(url).shown(); // before anything is resolved or loaded
    } catch (IllegalArgumentException e) {
      throw new MagicException("%spark connect: " + e.getMessage());
    }
    if (!version.matches("[0-9A-Za-z.+-]+")) {
      throw new MagicException("%spark connect --client " + version + ": not a version; " + USAGE);
    }
    if (!context.run("%maven org.apache.spark:spark-connect-client-jvm_2.13:" + version)) {
      return false;
    }
    context.addToClassPath(glue());
    // Spark's Row shadows Tablesaw's from here on: Dataset<Row> is what a Spark notebook writes.
    if (!context.run(IMPORTS)) {
      return false;
    }
    String literal = MagicArguments.javaLiteral(url);
    return context.run("org.apache.spark.sql.SparkSession spark = dev.tablebook.spark.Spark.connect(" + literal + ");")
        && context.run("System.out.println(\"Connected to Spark \" + dev.tablebook.spark.Spark.serverVersion(spark) + \" at \""
            + " + " + MagicArguments.javaLiteral(shown) + " + \" as the variable spark.\");");
  }

  /**
   * The glue jar, copied once per process out of the kernel's jar (a class path entry must be a file)
   * into the process's private temp folder, which goes with the process (a worker's even when it halts).
   */
  private static synchronized Path glue() throws MagicException {
    if (extractedGlue == null) {
      try (InputStream in = SparkMagic.class.getResourceAsStream(GLUE)) {
        if (in == null) {
          throw new MagicException("%spark: this build of Tablebook has no Spark glue (" + GLUE + "); build it with mvn package");
        }
        Path file = Files.createTempFile(PrivateTemp.own(), "spark-glue-", ".jar");
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        extractedGlue = file;
      } catch (IOException e) {
        throw new MagicException("%spark: cannot copy the Spark glue to a temp file: " + (e instanceof java.nio.file.FileSystemException file ? FileErrors.describe(file) : e.getMessage()), e);
      }
    }
    return extractedGlue;
  }
}

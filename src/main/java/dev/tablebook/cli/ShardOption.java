package dev.tablebook.cli;

import dev.tablebook.notebook.Shard;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --shard K/N} option of {@code run} and {@code verify}: keeps this shard's notebooks and says which. */
final class ShardOption {
  @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class, description = {
      "Run only shard K of N (e.g. 2/3), for a CI matrix: give every shard the same notebooks from the same folder.",
      "Shards differ in size by at most one and depend only on the notebooks' paths relative to the working directory."})
  Shard shard;

  /** The notebooks of the shard asked for (all of them without --shard), after one line that names them. */
  List<Path> select(List<Path> notebooks, PrintWriter out) {
    if (shard == null) {
      return notebooks;
    }
    List<Path> mine = shard.select(notebooks, Path.of(""));
    String of = "shard " + shard + ": " + mine.size() + " of " + notebooks.size() + " notebooks";
    out.println(mine.isEmpty() ? of + ", nothing to run (more shards than notebooks)"
        : of + ": " + mine.stream().map(Path::toString).collect(Collectors.joining(", ")));
    out.flush();
    return mine;
  }

  static final class ShardConverter implements ITypeConverter<Shard> {
    @Override
    public Shard convert(String value) {
      try {
        return Shard.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}

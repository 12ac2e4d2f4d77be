package dev.tablebook.engine;

import java.util.List;

/** The Maven magics: {@code %maven}, {@code %mavenRepo}, {@code %loadFromPOM}. */
final class MavenMagics {
  List<Magic> magics() {
    return List.of();
  }
}

package dev.tablebook.charts;

import java.util.ArrayList;
import java.util.List;

/** Breaks a timeline label (or a note under a chart) into short lines at spaces, so labels of nearby events overlap less. */
final class TimelineLabels {
  static final int WIDTH = 28;

  private TimelineLabels() {}

  /** Whether event {@code point} of a lane has its label above its dot: above and below in turn. */
  static boolean above(int point) {
    return point % 2 == 0;
  }

  static List<String> lines(String label) {
    return lines(label, WIDTH);
  }

  /** {@code label} in lines of at most {@code width} characters where its words allow. */
  static List<String> lines(String label, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : (label == null ? "" : label).strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}

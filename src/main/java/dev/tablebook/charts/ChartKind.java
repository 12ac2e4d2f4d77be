package dev.tablebook.charts;

/** What a chart draws; decides how its data is read and which traces and plots render it. */
enum ChartKind {
  BAR("Bar chart"),
  GROUPED_BAR("Grouped bar chart"),
  STACKED_BAR("Stacked bar chart"),
  RANKING("Ranking bar chart"),
  LINE("Line chart"),
  AREA("Area chart"),
  SCATTER("Scatter chart"),
  PIE("Pie chart"),
  DONUT("Donut chart"),
  TIMELINE("Timeline");

  final String description;

  ChartKind(String description) {
    this.description = description;
  }

  /** Whether the x column is read as categories (bars and pies), not as numbers or dates. */
  boolean categorical() {
    return switch (this) {
      case BAR, GROUPED_BAR, STACKED_BAR, RANKING, PIE, DONUT -> true;
      default -> false;
    };
  }

  boolean bars() {
    return this == BAR || this == GROUPED_BAR || this == STACKED_BAR || this == RANKING;
  }

  boolean pie() {
    return this == PIE || this == DONUT;
  }
}

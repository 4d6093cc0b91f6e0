package dev.kbforge.compiler.bench;

import java.util.List;

/** Small statistics over measurements. */
final class Stats {
  private Stats() {}

  /** The median (the mean of the two middle values for an even count); NaN when empty. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}

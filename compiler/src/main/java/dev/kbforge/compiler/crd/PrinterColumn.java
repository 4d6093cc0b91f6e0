package dev.kbforge.compiler.crd;

/** One {@code additionalPrinterColumns} entry: a column {@code kubectl get} shows. */
record PrinterColumn(String name, String type, String jsonPath, String description) {
  /** The AGE column every kind ends with. */
  static PrinterColumn age(String name) {
    return new PrinterColumn(name, "date", ".metadata.creationTimestamp", null);
  }

  static PrinterColumn string(String name, String jsonPath, String description) {
    return new PrinterColumn(name, "string", jsonPath, description);
  }
}

package dev.kbforge.gotemplate;

/** A function's error result (Go: the non-nil error a template function returns, or its panic). */
public final class FunctionException extends Exception {
  public FunctionException(String message) {
    super(message);
  }
}

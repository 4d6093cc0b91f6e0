package dev.kbforge.gotemplate;

/**
 * The Go parameter type of a template function, as far as the template engine cares: it decides
 * which argument values Go accepts (a float64 is no int, a constant 3 is no string) and how untyped
 * constants convert.
 */
public enum ArgType {
  /** interface{} (and reflect.Value for Go's built-ins): anything, a missing value becomes nil. */
  ANY("interface {}"),
  STRING("string"),
  /** int or int64: integer constants, and values of Go type int. */
  INT("int"),
  FLOAT64("float64"),
  BOOL("bool"),
  /** []interface{}: a list, or nil. */
  LIST("[]interface {}"),
  /** map[string]interface{}: a map, or nil. */
  MAP("map[string]interface {}");

  private final String goName;

  ArgType(String goName) {
    this.goName = goName;
  }

  public String goName() {
    return goName;
  }

  boolean canBeNil() {
    return this == ANY || this == LIST || this == MAP;
  }
}

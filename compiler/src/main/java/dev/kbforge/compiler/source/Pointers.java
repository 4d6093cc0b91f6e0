package dev.kbforge.compiler.source;

/** JSON Pointer (RFC 6901) helpers. */
public final class Pointers {
  private Pointers() {}

  public static String child(String parent, String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return parent + "/" + name;
    }
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The last segment, unescaped. */
  public static String lastSegment(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }
}

package dev.kbforge.gotemplate;

import java.util.ArrayList;
import java.util.List;

/** Go's path.Clean and path.Dir (slash-separated paths, purely lexical). */
final class GoPaths {
  private GoPaths() {}

  static String clean(String p) {
    if (p.isEmpty()) {
      return ".";
    }
    boolean rooted = p.startsWith("/");
    List<String> out = new ArrayList<>();
    for (String part : p.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
          out.remove(out.size() - 1);
        } else if (!rooted) {
          out.add("..");
        }
        continue;
      }
      out.add(part);
    }
    String joined = String.join("/", out);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  static String dir(String p) {
    int slash = p.lastIndexOf('/');
    return clean(p.substring(0, slash + 1));
  }
}

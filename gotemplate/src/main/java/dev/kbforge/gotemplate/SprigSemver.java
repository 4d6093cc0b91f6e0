package dev.kbforge.gotemplate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * sprig's semverCompare: Masterminds/semver v3 constraints (=, !=, >, <, >=, <=, ~, ~>, ^, x/*
 * wildcards, "||" and comma or space separated AND) checked against a version. A prerelease version
 * only matches a constraint that has a prerelease, as in semver v3.
 */
final class SprigSemver {
  private SprigSemver() {}

  private static final Pattern VERSION =
      Pattern.compile(
          "v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?"
              + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
              + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?");
  private static final String CV =
      "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?"
          + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
          + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?";
  private static final Pattern CONSTRAINT =
      Pattern.compile("^\\s*(=>|=<|!=|>=|<=|~>|=|>|<|~|\\^)?\\s*(" + CV + ")\\s*$");

  record Version(long major, long minor, long patch, String pre) {
    int compare(Version o) {
      int c = Long.compare(major, o.major);
      if (c == 0) {
        c = Long.compare(minor, o.minor);
      }
      if (c == 0) {
        c = Long.compare(patch, o.patch);
      }
      if (c != 0) {
        return c;
      }
      return comparePre(pre, o.pre);
    }
  }

  static Version parse(String v) throws FunctionException {
    Matcher m = VERSION.matcher(v);
    if (!m.matches()) {
      throw new FunctionException("Invalid Semantic Version");
    }
    try {
      return new Version(
          Long.parseLong(m.group(1)),
          m.group(2) == null ? 0 : Long.parseLong(m.group(2).substring(1)),
          m.group(3) == null ? 0 : Long.parseLong(m.group(3).substring(1)),
          m.group(5) == null ? "" : m.group(5));
    } catch (NumberFormatException e) {
      throw new FunctionException("Invalid Semantic Version");
    }
  }

  private static int comparePre(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.isEmpty()) {
      return 1;
    }
    if (b.isEmpty()) {
      return -1;
    }
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      if (i >= x.length) {
        return -1;
      }
      if (i >= y.length) {
        return 1;
      }
      boolean nx = x[i].matches("\\d+");
      boolean ny = y[i].matches("\\d+");
      int c;
      if (nx && ny) {
        c = new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]));
      } else if (nx) {
        c = -1;
      } else if (ny) {
        c = 1;
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  static boolean compare(String constraint, String version) throws FunctionException {
    Version v = parse(version);
    boolean anyOr = false;
    for (String or : constraint.split("\\|\\|")) {
      boolean all = true;
      String normalized = or.trim().replaceAll("([=<>!~^]+)\\s+", "$1");
      for (String part : normalized.split("[,\\s]+")) {
        if (part.isEmpty()) {
          continue;
        }
        if (!check(part, v)) {
          all = false;
        }
      }
      anyOr |= all;
    }
    return anyOr;
  }

  private static boolean isX(String s) {
    return s.equals("x") || s.equals("X") || s.equals("*");
  }

  private static boolean check(String c, Version v) throws FunctionException {
    Matcher m = CONSTRAINT.matcher(c);
    if (!m.matches()) {
      throw new FunctionException("improper constraint: " + c);
    }
    String op = m.group(1) == null ? "" : m.group(1);
    String g3 = m.group(3);
    String g4 = m.group(4) == null ? "" : m.group(4);
    String g5 = m.group(5) == null ? "" : m.group(5);
    String pre = m.group(7) == null ? "" : m.group(7);
    boolean minorDirty = false;
    boolean patchDirty = false;
    boolean dirty = false;
    Version con;
    if (isX(g3)) {
      con = new Version(0, 0, 0, pre);
      dirty = true;
    } else if (g4.isEmpty() || isX(g4.substring(1))) {
      minorDirty = true;
      dirty = true;
      con = new Version(Long.parseLong(g3), 0, 0, pre);
    } else if (g5.isEmpty() || isX(g5.substring(1))) {
      dirty = true;
      patchDirty = true;
      con = new Version(Long.parseLong(g3), Long.parseLong(g4.substring(1)), 0, pre);
    } else {
      con =
          new Version(
              Long.parseLong(g3),
              Long.parseLong(g4.substring(1)),
              Long.parseLong(g5.substring(1)),
              pre);
    }
    if (!v.pre().isEmpty() && con.pre().isEmpty()) {
      return false;
    }
    switch (op) {
      case "", "=":
        return dirty ? tilde(v, con, minorDirty, patchDirty) : v.compare(con) == 0;
      case "!=":
        return notEqual(v, con, dirty, minorDirty, patchDirty);
      case ">":
        if (!dirty || v.major() != con.major()) {
          return dirty ? v.major() > con.major() : v.compare(con) > 0;
        }
        if (minorDirty) {
          return false;
        }
        if (patchDirty) {
          return v.minor() > con.minor();
        }
        return v.compare(con) > 0;
      case "<":
        return v.compare(con) < 0;
      case ">=", "=>":
        return v.compare(con) >= 0;
      case "<=", "=<":
        if (!dirty) {
          return v.compare(con) <= 0;
        }
        if (v.major() > con.major()) {
          return false;
        }
        return !(v.major() == con.major() && v.minor() > con.minor() && !minorDirty);
      case "~", "~>":
        return tilde(v, con, minorDirty, patchDirty);
      default:
        return caret(v, con, minorDirty, patchDirty);
    }
  }

  private static boolean notEqual(
      Version v, Version con, boolean dirty, boolean minorDirty, boolean patchDirty) {
    if (dirty) {
      if (con.major() != v.major()) {
        return true;
      }
      if (con.minor() != v.minor() && !minorDirty) {
        return true;
      } else if (minorDirty) {
        return false;
      } else if (con.patch() != v.patch() && !patchDirty) {
        return true;
      } else if (patchDirty) {
        if (!v.pre().isEmpty() || !con.pre().isEmpty()) {
          return comparePre(v.pre(), con.pre()) != 0;
        }
        return false;
      }
    }
    return v.compare(con) != 0;
  }

  private static boolean tilde(Version v, Version con, boolean minorDirty, boolean patchDirty) {
    if (v.compare(con) < 0) {
      return false;
    }
    if (con.major() == 0 && con.minor() == 0 && con.patch() == 0 && !minorDirty && !patchDirty) {
      return true;
    }
    if (v.major() != con.major()) {
      return false;
    }
    return v.minor() == con.minor() || minorDirty;
  }

  private static boolean caret(Version v, Version con, boolean minorDirty, boolean patchDirty) {
    if (v.compare(con) < 0) {
      return false;
    }
    if (con.major() > 0 || minorDirty) {
      return v.major() == con.major();
    }
    if (v.major() > 0) {
      return false;
    }
    if (con.minor() > 0 || patchDirty) {
      return v.minor() == con.minor();
    }
    if (v.minor() > 0) {
      return false;
    }
    return con.patch() == v.patch();
  }
}

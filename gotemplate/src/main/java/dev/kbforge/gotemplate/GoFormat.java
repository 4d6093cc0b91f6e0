package dev.kbforge.gotemplate;

import java.util.List;

/**
 * Go's fmt for the engine's value model: Sprint, Sprintln and Sprintf with the verbs %v %s %d %q %x
 * %X %o %b %c %U %e %E %f %F %g %G %t %T, flags, width and precision, and fmt's error forms ({@code
 * %!d(float64=1.5)}, {@code %!v(MISSING)}, {@code %!(EXTRA ...)}).
 */
public final class GoFormat {
  private GoFormat() {}

  /** fmt.Sprint: operands separated by a space when neither side is a string. */
  public static String sprint(List<Object> args) {
    StringBuilder b = new StringBuilder();
    boolean prevString = false;
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      boolean isString = a instanceof String;
      if (i > 0 && !isString && !prevString) {
        b.append(' ');
      }
      b.append(print(a));
      prevString = isString;
    }
    return b.toString();
  }

  /** fmt.Sprintln: operands always separated by a space, newline at the end. */
  public static String sprintln(List<Object> args) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(print(args.get(i)));
    }
    return b.append('\n').toString();
  }

  /** A value as %v prints it. */
  public static String print(Object v) {
    StringBuilder b = new StringBuilder();
    ValuePrinter.formatArg(b, v, 'v', new FormatSpec(), true);
    return b.toString();
  }

  /** fmt.Sprintf. */
  public static String sprintf(String format, List<Object> args) {
    StringBuilder b = new StringBuilder();
    int argNum = 0;
    int i = 0;
    int n = format.length();
    while (i < n) {
      char c = format.charAt(i);
      if (c != '%') {
        b.append(c);
        i++;
        continue;
      }
      i++;
      FormatSpec s = new FormatSpec();
      flags:
      while (i < n) {
        switch (format.charAt(i)) {
          case '#' -> s.sharp = true;
          case '0' -> s.zero = !s.minus;
          case '+' -> s.plus = true;
          case '-' -> {
            s.minus = true;
            s.zero = false;
          }
          case ' ' -> s.space = true;
          default -> {
            break flags;
          }
        }
        i++;
      }
      if (i < n && format.charAt(i) == '*') {
        i++;
        if (argNum < args.size() && GoValues.isInt(args.get(argNum))) {
          s.width = (int) ((Number) args.get(argNum++)).longValue();
          if (s.width < 0) {
            s.minus = true;
            s.zero = false;
            s.width = -s.width;
          }
        } else {
          argNum++;
          b.append("%!(BADWIDTH)");
        }
      } else {
        int start = i;
        while (i < n && Character.isDigit(format.charAt(i))) {
          i++;
        }
        if (i > start) {
          s.width = Integer.parseInt(format.substring(start, i));
        }
      }
      if (i < n && format.charAt(i) == '.') {
        i++;
        if (i < n && format.charAt(i) == '*') {
          i++;
          if (argNum < args.size() && GoValues.isInt(args.get(argNum))) {
            s.prec = (int) ((Number) args.get(argNum++)).longValue();
            if (s.prec < 0) {
              s.prec = -1;
              b.append("%!(BADPREC)");
            }
          } else {
            argNum++;
            b.append("%!(BADPREC)");
          }
        } else {
          int start = i;
          while (i < n && Character.isDigit(format.charAt(i))) {
            i++;
          }
          s.prec = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
        }
      }
      if (!s.minus && s.zero) {
        s.zero = true;
      }
      if (i >= n) {
        b.append("%!(NOVERB)");
        break;
      }
      int verb = format.codePointAt(i);
      i += Character.charCount(verb);
      if (verb == '%') {
        b.append('%');
        continue;
      }
      if (argNum >= args.size()) {
        b.append("%!").appendCodePoint(verb).append("(MISSING)");
        continue;
      }
      Object arg = args.get(argNum++);
      if (verb == 'T') {
        ValuePrinter.pad(b, s, GoValues.typeName(arg));
        continue;
      }
      if (verb == 'v' && s.sharp) {
        StringBuilder g = new StringBuilder();
        ValuePrinter.goSyntax(g, arg, true);
        s.sharp = false;
        ValuePrinter.pad(b, s, g.toString());
        continue;
      }
      ValuePrinter.formatArg(b, arg, (char) verb, s, true);
    }
    if (argNum < args.size()) {
      b.append("%!(EXTRA ");
      for (int k = argNum; k < args.size(); k++) {
        if (k > argNum) {
          b.append(", ");
        }
        Object a = args.get(k);
        if (a == null) {
          b.append("<nil>");
        } else {
          b.append(GoValues.typeName(a)).append('=');
          ValuePrinter.formatArg(b, a, 'v', new FormatSpec(), true);
        }
      }
      b.append(')');
    }
    return b.toString();
  }

  /** Go's strconv.Quote. */
  public static String quote(String str) {
    return GoQuote.quote(str);
  }
}

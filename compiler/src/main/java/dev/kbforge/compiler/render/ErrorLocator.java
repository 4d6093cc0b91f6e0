package dev.kbforge.compiler.render;

import dev.kbforge.compiler.render.TemplateTags.Tag;
import dev.kbforge.compiler.source.Position;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.ClassAccessException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line and column of a Pebble error. Pebble gives a line only (and, for an unclosed
 * block, the line after the last), so the column comes from the template's text: the undefined
 * variable or attribute, or the denied method, where that line names it; else the first tag on the
 * line. An unexpected end of template points at the block tag left open.
 */
final class ErrorLocator {
  /** Pebble's tags that need an end tag ({@code endif}, {@code endfor}...). */
  private static final Set<String> BLOCKS =
      Set.of("if", "for", "block", "macro", "filter", "autoescape", "cache", "parallel", "embed");

  private static final Pattern ASSIGNED = Pattern.compile("\\s*(?:set|for(?:\\s+\\w+\\s*,)?)\\s+");

  /** Pebble's parser and lexer name the token they did not expect. */
  private static final Pattern UNEXPECTED =
      Pattern.compile("^Unexpected (?:token \"\\w+\" of value \"(.+?)\"|\"(.+?)\")");

  private static final Pattern DENIED_METHOD = Pattern.compile("\\.(\\w+)\\(");

  /**
   * Where the failure is, and for an undefined attribute the dotted path of the object it was read
   * from ({@code component} in {@code component.nmae}), or empty.
   */
  record Located(Position position, String owner) {}

  private ErrorLocator() {}

  static Located locate(TemplateTags tags, Integer pebbleLine, Throwable failure) {
    int line = pebbleLine == null ? 0 : pebbleLine;
    String message = failure instanceof PebbleException p ? p.getPebbleMessage() : "";
    if (line > tags.lineCount()
        || (message != null && message.startsWith("Unexpected end of template"))) {
      Tag open = unclosedBlock(tags);
      if (open != null) {
        return new Located(tags.position(open.start()), "");
      }
      line = Math.min(line, tags.lineCount());
    }
    line = Math.max(line, 1);
    if (failure instanceof RootAttributeNotFoundException missing) {
      Located at = find(tags, line, "(?<![\\w.$])(" + quote(missing.getAttributeName()) + ")\\b");
      if (at != null) {
        return at;
      }
    } else if (failure instanceof AttributeNotFoundException missing) {
      String name = quote(missing.getAttributeName());
      Located at =
          find(
              tags,
              line,
              "(?:([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*)\\s*)?(?:\\.\\s*("
                  + name
                  + ")\\b|\\[\\s*[\"']("
                  + name
                  + ")[\"']\\s*])");
      if (at != null) {
        return at;
      }
    } else if (failure instanceof ClassAccessException && message != null) {
      Matcher m = DENIED_METHOD.matcher(message);
      String method = null;
      while (m.find()) {
        method = m.group(1);
      }
      if (method != null) {
        Located at = find(tags, line, "\\.\\s*(" + quote(method) + ")\\b");
        at = at != null ? at : find(tags, line, "\\.\\s*(" + quote(property(method)) + ")\\b");
        if (at != null) {
          return at;
        }
      }
    }
    Matcher unexpected = UNEXPECTED.matcher(message == null ? "" : message);
    if (unexpected.find()) {
      String token = unexpected.group(1) != null ? unexpected.group(1) : unexpected.group(2);
      Located at = find(tags, line, "(" + quote(token) + ")");
      if (at != null) {
        return at;
      }
    }
    for (Tag t : tags.onLine(line)) {
      if (t.kind() != TemplateTags.Kind.COMMENT) {
        Position p = tags.position(t.start());
        return new Located(p.line() == line ? p : new Position(line, 1), "");
      }
    }
    return new Located(new Position(line, 1), "");
  }

  /**
   * The first match of {@code regex} inside a tag on {@code line}; its last non-null group is the
   * name pointed at, and a group 1 (when there are two or more) the owner path.
   */
  private static Located find(TemplateTags tags, int line, String regex) {
    Pattern pattern = Pattern.compile(regex);
    int from = tags.offset(line);
    int to = tags.offset(line + 1);
    for (Tag t : tags.onLine(line)) {
      if (t.kind() == TemplateTags.Kind.COMMENT) {
        continue;
      }
      Matcher m = pattern.matcher(t.inner());
      while (m.find()) {
        int group = m.groupCount();
        while (group > 1 && m.group(group) == null) {
          group--;
        }
        int offset = t.innerStart() + m.start(group);
        if (ASSIGNED.matcher(t.inner().substring(0, m.start(group))).matches()) {
          continue; // {% set x = ... %} and {% for x in ... %} define x: not where it is read
        }
        if (offset >= from && offset < Math.max(to, from + 1)) {
          String owner = m.groupCount() > 1 && m.group(1) != null ? m.group(1) : "";
          return new Located(tags.position(offset), owner);
        }
      }
    }
    return null;
  }

  /** The innermost block tag still open at the end of the template, or null. */
  private static Tag unclosedBlock(TemplateTags tags) {
    Deque<Tag> open = new ArrayDeque<>();
    for (Tag t : tags.tags()) {
      if (t.kind() != TemplateTags.Kind.EXECUTE) {
        continue;
      }
      String name = t.name();
      if (BLOCKS.contains(name) && !isShortBlock(t)) {
        open.push(t);
      } else if (name.startsWith("end") && !open.isEmpty()) {
        open.pop();
      }
    }
    return open.peek();
  }

  /** {@code {% block name "text" %}}-style short forms need no end tag. */
  private static boolean isShortBlock(Tag t) {
    return t.name().equals("block") && t.inner().strip().split("\\s+").length > 2;
  }

  /** {@code getClass} is written {@code .class} too. */
  private static String property(String method) {
    String bare =
        method.startsWith("get") && method.length() > 3
            ? method.substring(3)
            : method.startsWith("is") && method.length() > 2 ? method.substring(2) : method;
    return bare.substring(0, 1).toLowerCase(Locale.ROOT) + bare.substring(1);
  }

  private static String quote(String name) {
    return Pattern.quote(name == null ? "" : name);
  }
}

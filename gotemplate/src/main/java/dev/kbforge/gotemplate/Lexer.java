package dev.kbforge.gotemplate;

import dev.kbforge.gotemplate.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits template text into tokens, following Go's text/template/parse/lex.go: text outside {{ }},
 * trim markers ("{{- " and " -}}" eat the white space beside them), comments that must fill the
 * whole action, and the words inside actions. A lexical error ends the list with an ERROR token
 * whose text is the message.
 */
final class Lexer {
  private static final String LEFT = "{{";
  private static final String RIGHT = "}}";
  private static final Map<String, Type> KEYWORDS =
      Map.ofEntries(
          Map.entry(".", Type.DOT),
          Map.entry("block", Type.BLOCK),
          Map.entry("break", Type.BREAK),
          Map.entry("continue", Type.CONTINUE),
          Map.entry("define", Type.DEFINE),
          Map.entry("else", Type.ELSE),
          Map.entry("end", Type.END),
          Map.entry("if", Type.IF),
          Map.entry("range", Type.RANGE),
          Map.entry("nil", Type.NIL),
          Map.entry("template", Type.TEMPLATE),
          Map.entry("with", Type.WITH));

  private final String in;
  private final List<Token> tokens = new ArrayList<>();
  private int start;
  private int pos;
  private int parenDepth;

  private Lexer(String in) {
    this.in = in;
  }

  static List<Token> lex(String text) {
    Lexer l = new Lexer(text);
    l.run();
    return l.tokens;
  }

  private void run() {
    while (true) {
      if (!lexText()) {
        return;
      }
      if (!lexLeftDelim()) {
        return;
      }
    }
  }

  private void emit(Type t) {
    tokens.add(new Token(t, in.substring(start, pos), start));
    start = pos;
  }

  private boolean error(String message) {
    tokens.add(new Token(Type.ERROR, message, start));
    return false;
  }

  /** Text up to the next "{{"; false at the end of input. */
  private boolean lexText() {
    int x = in.indexOf(LEFT, pos);
    if (x < 0) {
      pos = in.length();
      if (pos > start) {
        emit(Type.TEXT);
      }
      tokens.add(new Token(Type.EOF, "", pos));
      return false;
    }
    int end = x;
    if (hasLeftTrimMarker(x + LEFT.length())) {
      while (end > start && isSpace(in.charAt(end - 1))) {
        end--;
      }
    }
    pos = end;
    if (pos > start) {
      emit(Type.TEXT);
    }
    pos = x;
    start = x;
    return true;
  }

  private boolean hasLeftTrimMarker(int at) {
    return at + 1 < in.length() && in.charAt(at) == '-' && isSpace(in.charAt(at + 1));
  }

  private boolean hasRightTrimMarker(int at) {
    return at + 1 < in.length() && isSpace(in.charAt(at)) && in.charAt(at + 1) == '-';
  }

  /** 0: not at a right delimiter; 1: at "}}"; 2: at " -}}". */
  private int atRightDelim() {
    if (hasRightTrimMarker(pos) && in.startsWith(RIGHT, pos + 2)) {
      return 2;
    }
    return in.startsWith(RIGHT, pos) ? 1 : 0;
  }

  private boolean lexLeftDelim() {
    pos += LEFT.length();
    boolean trim = hasLeftTrimMarker(pos);
    int after = trim ? 2 : 0;
    if (in.startsWith("/*", pos + after)) {
      pos += after;
      start = pos;
      return lexComment();
    }
    emit(Type.LEFT_DELIM);
    pos += after;
    start = pos;
    parenDepth = 0;
    return lexInsideAction();
  }

  private boolean lexComment() {
    pos += 2;
    int x = in.indexOf("*/", pos);
    if (x < 0) {
      return error("unclosed comment");
    }
    pos = x + 2;
    int delim = atRightDelim();
    if (delim == 0) {
      return error("comment ends before closing delimiter");
    }
    emit(Type.COMMENT);
    pos += (delim == 2 ? 2 : 0) + RIGHT.length();
    if (delim == 2) {
      skipSpace();
    }
    start = pos;
    return true;
  }

  private void skipSpace() {
    while (pos < in.length() && isSpace(in.charAt(pos))) {
      pos++;
    }
  }

  private boolean lexInsideAction() {
    while (true) {
      int delim = atRightDelim();
      if (delim != 0) {
        if (parenDepth != 0) {
          return error("unclosed left paren");
        }
        if (delim == 2) {
          pos += 2;
          start = pos;
        }
        pos += RIGHT.length();
        emit(Type.RIGHT_DELIM);
        if (delim == 2) {
          skipSpace();
          start = pos;
        }
        return true;
      }
      if (pos >= in.length()) {
        return error("unclosed action");
      }
      char r = in.charAt(pos++);
      if (isSpace(r)) {
        pos--;
        lexSpace();
      } else if (r == '=') {
        emit(Type.ASSIGN);
      } else if (r == ':') {
        if (pos >= in.length() || in.charAt(pos++) != '=') {
          return error("expected :=");
        }
        emit(Type.DECLARE);
      } else if (r == '|') {
        emit(Type.PIPE);
      } else if (r == '"') {
        if (!lexQuote('"', Type.STRING, "unterminated quoted string")) {
          return false;
        }
      } else if (r == '`') {
        int x = in.indexOf('`', pos);
        if (x < 0) {
          return error("unterminated raw quoted string");
        }
        pos = x + 1;
        emit(Type.RAW_STRING);
      } else if (r == '$') {
        if (!lexFieldOrVariable(Type.VARIABLE)) {
          return false;
        }
      } else if (r == '\'') {
        if (!lexQuote('\'', Type.CHAR_CONSTANT, "unterminated character constant")) {
          return false;
        }
      } else if (r == '.' && pos < in.length() && !isDigit(in.charAt(pos))) {
        if (!lexFieldOrVariable(Type.FIELD)) {
          return false;
        }
      } else if (r == '.' || r == '+' || r == '-' || isDigit(r)) {
        pos--;
        if (!lexNumber()) {
          return false;
        }
      } else if (isAlphaNumeric(r)) {
        pos--;
        if (!lexIdentifier()) {
          return false;
        }
      } else if (r == '(') {
        emit(Type.LEFT_PAREN);
        parenDepth++;
      } else if (r == ')') {
        parenDepth--;
        if (parenDepth < 0) {
          return error("unexpected right paren");
        }
        emit(Type.RIGHT_PAREN);
      } else if (r < 0x7f && r >= 0x20) {
        emit(Type.CHAR);
      } else {
        return error(String.format("unrecognized character in action: U+%04X", (int) r));
      }
    }
  }

  private void lexSpace() {
    int n = 0;
    while (pos < in.length() && isSpace(in.charAt(pos))) {
      pos++;
      n++;
    }
    // " -}}" closes the action: the space belongs to the trim marker.
    if (hasRightTrimMarker(pos - 1) && in.startsWith(RIGHT, pos + 1)) {
      pos--;
      if (n == 1) {
        return;
      }
    }
    emit(Type.SPACE);
  }

  private boolean lexQuote(char quote, Type type, String unterminated) {
    while (true) {
      if (pos >= in.length()) {
        return error(unterminated);
      }
      char c = in.charAt(pos++);
      if (c == '\\') {
        if (pos >= in.length() || in.charAt(pos) == '\n') {
          return error(unterminated);
        }
        pos++;
      } else if (c == '\n') {
        return error(unterminated);
      } else if (c == quote) {
        emit(type);
        return true;
      }
    }
  }

  private boolean lexFieldOrVariable(Type type) {
    if (atTerminator()) {
      emit(type == Type.VARIABLE ? Type.VARIABLE : Type.DOT);
      return true;
    }
    while (pos < in.length() && isAlphaNumeric(in.charAt(pos))) {
      pos++;
    }
    if (!atTerminator()) {
      return error("bad character " + describe());
    }
    emit(type);
    return true;
  }

  private boolean lexIdentifier() {
    while (pos < in.length() && isAlphaNumeric(in.charAt(pos))) {
      pos++;
    }
    if (!atTerminator()) {
      return error("bad character " + describe());
    }
    String word = in.substring(start, pos);
    Type keyword = KEYWORDS.get(word);
    if (keyword != null) {
      emit(keyword);
    } else if (word.equals("true") || word.equals("false")) {
      emit(Type.BOOL);
    } else {
      emit(Type.IDENTIFIER);
    }
    return true;
  }

  private String describe() {
    return pos < in.length() ? String.format("U+%04X", (int) in.charAt(pos)) : "EOF";
  }

  private boolean atTerminator() {
    if (pos >= in.length()) {
      return true;
    }
    char r = in.charAt(pos);
    if (isSpace(r)) {
      return true;
    }
    return switch (r) {
      case '.', ',', '|', ':', ')', '(', '}' -> true;
      default -> false;
    };
  }

  /** Scans a number's extent like Go's scanNumber; the parser judges its syntax. */
  private boolean lexNumber() {
    if (pos < in.length() && (in.charAt(pos) == '+' || in.charAt(pos) == '-')) {
      pos++;
    }
    String digits = "0123456789_";
    if (in.startsWith("0", pos) && pos + 1 < in.length()) {
      char p = in.charAt(pos + 1);
      if (p == 'x' || p == 'X') {
        pos += 2;
        digits = "0123456789abcdefABCDEF_";
      } else if (p == 'o' || p == 'O') {
        pos += 2;
        digits = "01234567_";
      } else if (p == 'b' || p == 'B') {
        pos += 2;
        digits = "01_";
      }
    }
    accept(digits);
    if (accept(".")) {
      accept(digits);
    }
    if (digits.length() == 11 && accept("eE")) {
      accept("+-");
      accept("0123456789_");
    }
    if (digits.length() == 23 && accept("pP")) {
      accept("+-");
      accept("0123456789_");
    }
    accept("i");
    if (pos < in.length() && isAlphaNumeric(in.charAt(pos))) {
      pos++;
      return error("bad number syntax: \"" + in.substring(start, pos) + "\"");
    }
    emit(Type.NUMBER);
    return true;
  }

  private boolean accept(String valid) {
    boolean any = false;
    while (pos < in.length() && valid.indexOf(in.charAt(pos)) >= 0) {
      pos++;
      any = true;
      if (valid.length() <= 2) {
        return true;
      }
    }
    return any;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlphaNumeric(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }
}

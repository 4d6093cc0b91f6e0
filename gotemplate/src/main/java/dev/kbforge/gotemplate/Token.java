package dev.kbforge.gotemplate;

/** One lexeme of a template; {@code pos} is its offset in the template text. */
record Token(Type type, String text, int pos) {
  enum Type {
    TEXT,
    LEFT_DELIM,
    RIGHT_DELIM,
    COMMENT,
    SPACE,
    PIPE,
    LEFT_PAREN,
    RIGHT_PAREN,
    DECLARE,
    ASSIGN,
    CHAR,
    CHAR_CONSTANT,
    NUMBER,
    STRING,
    RAW_STRING,
    IDENTIFIER,
    FIELD,
    VARIABLE,
    DOT,
    BOOL,
    NIL,
    BLOCK,
    BREAK,
    CONTINUE,
    DEFINE,
    ELSE,
    END,
    IF,
    RANGE,
    TEMPLATE,
    WITH,
    EOF,
    ERROR
  }
}

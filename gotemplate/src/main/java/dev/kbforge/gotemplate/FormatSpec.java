package dev.kbforge.gotemplate;

/** One fmt verb's flags, width (-1: none) and precision (-1: none). */
final class FormatSpec {
  boolean minus;
  boolean plus;
  boolean sharp;
  boolean space;
  boolean zero;
  int width = -1;
  int prec = -1;

  FormatSpec copy() {
    FormatSpec c = new FormatSpec();
    c.minus = minus;
    c.plus = plus;
    c.sharp = sharp;
    c.space = space;
    c.zero = zero;
    c.width = width;
    c.prec = prec;
    return c;
  }
}

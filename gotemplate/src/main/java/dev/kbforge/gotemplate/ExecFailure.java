package dev.kbforge.gotemplate;

/** Stops an execution; converted to a {@link TemplateException} at the boundary. */
final class ExecFailure extends RuntimeException {
  final TemplateException.Kind kind;
  final int pos;

  ExecFailure(TemplateException.Kind kind, int pos, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.pos = pos;
  }
}

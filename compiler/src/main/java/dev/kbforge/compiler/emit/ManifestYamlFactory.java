package dev.kbforge.compiler.emit;

import java.io.OutputStream;
import java.io.Writer;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.GuardedOutputStream;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Jackson's YAML factory with one correction. Jackson writes every string that holds a newline as a
 * literal block, without asking the quoting checker; the snakeyaml-engine emitter then keeps the
 * block unless the text has characters it cannot print. NEL, LS and PS are printable to it, yet
 * inside a block they read back as line breaks (YAML 1.1 readers, go-yaml v2 among them, and
 * snakeyaml's own reader fold them), so such a string came back changed. Multi-line strings holding
 * one of them are written double-quoted, where the emitter escapes them. Found by
 * ScalarQuotingPropertyTest.
 */
final class ManifestYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  ManifestYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLGenerator _createGenerator(ObjectWriteContext ctx, IOContext io, Writer out) {
    return new Generator(ctx, io, this, out, null);
  }

  @Override
  protected YAMLGenerator _createUTF8Generator(
      ObjectWriteContext ctx, IOContext io, OutputStream out) {
    Writer writer = _createWriter(io, new GuardedOutputStream(out), JsonEncoding.UTF8);
    return new Generator(ctx, io, this, writer, out);
  }

  static boolean hasYaml11Break(String text) {
    return text.indexOf(0x85) >= 0 || text.indexOf(0x2028) >= 0 || text.indexOf(0x2029) >= 0;
  }

  private static final class Generator extends YAMLGenerator {
    Generator(
        ObjectWriteContext ctx,
        IOContext io,
        ManifestYamlFactory f,
        Writer writer,
        OutputStream out) {
      super(
          ctx,
          io,
          ctx.getStreamWriteFeatures(f._streamWriteFeatures),
          ctx.getFormatWriteFeatures(f._formatWriteFeatures),
          f._quotingChecker,
          writer,
          out,
          f._version,
          f._dumpSettings);
    }

    @Override
    public JsonGenerator writeString(String text) {
      if (text != null && text.indexOf('\n') >= 0 && hasYaml11Break(text)) {
        _verifyValueWrite("write String value");
        _writeScalar(text, "string", ScalarStyle.DOUBLE_QUOTED);
        return this;
      }
      return super.writeString(text);
    }
  }
}

package dev.kbforge.compiler.emit;

import dev.kbforge.compiler.load.Yaml11Scalars;
import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Decides which strings the YAML writer must quote. Kubernetes reads manifests with go-yaml v2,
 * which types plain scalars by YAML 1.1 rules ({@code 0555} is octal, {@code 1_000} an integer,
 * {@code on} a boolean), so a string is quoted when the project's YAML 1.1 reader ({@link
 * Yaml11Scalars}, the same one the loader uses) would read it as anything but that same string, or
 * when Jackson's checks find a reserved word or a character that plain style cannot start with or
 * hold. Jackson's own number test is left out: it quotes anything starting with a digit, such as
 * {@code 512Mi}, which no reader takes for a number. Other YAML 1.1 readers type a few more forms
 * (sexagesimal numbers, dates, the {@code =} value key); those are quoted too, because quoting a
 * string never changes what it means. NEL, LS and PS are line breaks to YAML 1.1 but printable to
 * the 1.2 emitter, so one-line strings holding them are quoted (the emitter then escapes them).
 * Limitation: Jackson writes every string holding a newline as a literal block without asking this
 * class, so a multi-line string that also holds NEL would be read by a YAML 1.1 parser with that
 * NEL as a newline; manifests do not contain NEL.
 */
final class ScalarQuoting extends StringQuotingChecker {
  private static final long serialVersionUID = 1L;

  private static final Pattern SEXAGESIMAL =
      Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

  static final ScalarQuoting INSTANCE = new ScalarQuoting();

  @Override
  public boolean needToQuoteName(String name) {
    // "<<" as a plain key is a YAML 1.1 merge key, not a key named "<<".
    return needsQuotes(name)
        || name.equals("<<")
        || isReservedKeyword(name)
        || nameHasQuotableChar(name);
  }

  @Override
  public boolean needToQuoteValue(String value) {
    return needsQuotes(value) || isReservedKeyword(value) || valueHasQuotableChar(value);
  }

  private static boolean needsQuotes(String text) {
    if (text.isEmpty() || text.equals("=") || ManifestYamlFactory.hasYaml11Break(text)) {
      return true;
    }
    if (!text.equals(text.strip())) {
      return true; // leading or trailing blanks are lost in plain style
    }
    var read = Yaml11Scalars.resolvePlain(text);
    if (!read.isString() || !read.asString().equals(text)) {
      return true;
    }
    char first = text.charAt(0);
    boolean numeric = (first >= '0' && first <= '9') || first == '-' || first == '+';
    return numeric && (SEXAGESIMAL.matcher(text).matches() || DATE.matcher(text).matches());
  }
}

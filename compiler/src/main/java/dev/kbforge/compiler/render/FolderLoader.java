package dev.kbforge.compiler.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;

/**
 * Loads templates from one template folder held in memory (file name to text). A name that is not a
 * file of that folder does not exist: {@code include}, {@code extends} and {@code import} can never
 * reach the file system, the class path or another addon.
 */
final class FolderLoader implements Loader<String> {
  private final Map<String, String> files;

  FolderLoader(Map<String, String> files) {
    this.files = Map.copyOf(files);
  }

  @Override
  public Reader getReader(String name) {
    String text = files.get(name);
    if (text == null) {
      throw new MissingTemplate(name);
    }
    return new StringReader(text);
  }

  @Override
  public boolean resourceExists(String name) {
    return files.containsKey(name);
  }

  /** {@code ./x} names the sibling {@code x}; any other name is taken as written. */
  @Override
  public String resolveRelativePath(String relativePath, String anchorPath) {
    return relativePath.startsWith("./") ? relativePath.substring(2) : relativePath;
  }

  @Override
  public String createCacheKey(String name) {
    return name;
  }

  /** Names the template that is not there, so the diagnostic can find the line that wants it. */
  static final class MissingTemplate extends LoaderException {
    private static final long serialVersionUID = 1L;
    final String name;

    MissingTemplate(String name) {
      super(null, "no template '" + name + "' in this template folder");
      this.name = name;
    }
  }

  // The folder is already in memory: there is no charset, prefix or suffix to apply.
  @Override
  public void setCharset(String charset) {}

  @Override
  public void setPrefix(String prefix) {}

  @Override
  public void setSuffix(String suffix) {}
}

package dev.kbforge.compiler.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The file-template folders of the addons a run reads (DESIGN section 4): for each input file that
 * lies in an addon (a folder with {@code addon.yaml} above it), that addon's {@code templates/}
 * folders by name. A ComponentDefinition's {@code template: x} reference is answered by the folder
 * {@code templates/x/} of its own addon.
 *
 * @param addonOfFile input file (display name) to its addon folder (display name)
 * @param foldersByAddon addon folder (display name) to its template folders by name
 */
public record TemplateSources(
    Map<String, String> addonOfFile, Map<String, Map<String, TemplateFolder>> foldersByAddon) {

  public static final TemplateSources NONE = new TemplateSources(Map.of(), Map.of());

  public TemplateSources {
    addonOfFile = Map.copyOf(addonOfFile);
    Map<String, Map<String, TemplateFolder>> copy = new TreeMap<>();
    foldersByAddon.forEach((addon, folders) -> copy.put(addon, Map.copyOf(folders)));
    foldersByAddon = Map.copyOf(copy);
  }

  /** The folder answering {@code template} for a definition read from {@code file}. */
  public Optional<TemplateFolder> folder(String file, String template) {
    String addon = addonOfFile.get(file);
    if (addon == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(foldersByAddon.getOrDefault(addon, Map.of()).get(template));
  }
}

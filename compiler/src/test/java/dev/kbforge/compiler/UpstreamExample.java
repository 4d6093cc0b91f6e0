package dev.kbforge.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One upstream example file ({@code kubeblocks-addons/<dir>/<addon>/<file>.yaml} of the reference
 * data) and the inputs it compiles with: its addon's rendered definitions, those of the other
 * addons it needs ({@link #OTHER_ADDONS}), and the example itself. The conformance tests of every
 * phase run over {@link #all()}.
 */
public record UpstreamExample(String dir, String addon, Path file) {
  /** The two example folders: kubeblocks' {@code examples/}, kubeblocks-addons' own. */
  public static final List<String> DIRS = List.of("examples", "examples-addons");

  /** Other addons an example needs beside its own, and why. */
  public record Needs(List<String> addons, String reason) {}

  /**
   * Examples that need another addon's definitions in the input set, keyed by {@code <addon>/<file
   * name>} (in both example folders) or {@code <addon>/*} (every example of that addon). A test
   * checks each entry still holds: without the other addons the example gives more diagnostics.
   *
   * <p>mysql's {@code orchestrator.yaml} would need the orchestrator addon, which is not among the
   * ten: it stays a documented gap (KB4010, see UpstreamExamplesConformanceTest).
   */
  public static final Map<String, Needs> OTHER_ADDONS =
      Map.of(
          "kafka/*",
          new Needs(
              List.of("zookeeper"),
              "kafka's ClusterDefinition (topology kafka2-internal-zk) and its broker's zookeeper"
                  + " vars name zookeeper's ComponentDefinitions (^zookeeper-); without them"
                  + " those references are warnings KB3401 and KB3403"));

  /** Every example of every addon in {@link ReferenceData#ADDONS}, sorted within a folder. */
  public static List<UpstreamExample> all() {
    Path addons = ReferenceData.addons();
    List<UpstreamExample> all = new ArrayList<>();
    for (String addon : ReferenceData.ADDONS) {
      for (String dir : DIRS) {
        Path folder = addons.resolve(dir).resolve(addon);
        if (!Files.isDirectory(folder)) {
          continue;
        }
        try (Stream<Path> files = Files.list(folder)) {
          files
              .filter(f -> f.getFileName().toString().endsWith(".yaml"))
              .sorted()
              .forEach(f -> all.add(new UpstreamExample(dir, addon, f)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return all;
  }

  /** {@code <dir>/<addon>/<file>}, the test's display name. */
  public String name() {
    return dir + "/" + addon + "/" + file.getFileName();
  }

  /** The other addons this example needs ({@link #OTHER_ADDONS}), or none. */
  public Needs needs() {
    Needs byFile = OTHER_ADDONS.get(addon + "/" + file.getFileName());
    Needs byAddon = OTHER_ADDONS.get(addon + "/*");
    return byFile != null ? byFile : byAddon != null ? byAddon : new Needs(List.of(), "");
  }

  /** Its addon's definitions, the other addons' it needs, then the example. */
  public List<Path> inputs() {
    List<Path> inputs = new ArrayList<>(withoutOtherAddons());
    for (String other : needs().addons()) {
      inputs.add(inputs.size() - 1, addonFile(other));
    }
    return inputs;
  }

  /** Its addon's definitions and the example only. */
  public List<Path> withoutOtherAddons() {
    return List.of(addonFile(addon), file);
  }

  private static Path addonFile(String addon) {
    return ReferenceData.addons().resolve(addon + ".yaml");
  }
}

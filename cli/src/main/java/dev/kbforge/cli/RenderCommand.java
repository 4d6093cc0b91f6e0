package dev.kbforge.cli;

import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.KubeVersion;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.RenderRequest;
import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.format.DiagnosticFormatter;
import dev.kbforge.compiler.format.OutputFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb render PATH... --out DIR}: one request, one call, print the result. */
@Command(
    name = "render",
    description = {
      "Compile the Clusters under PATH... against the addon definitions found with them, and"
          + " write the result as a GitOps tree to DIR.",
      "",
      "Runs every phase of 'kb validate', then resolves each Cluster (topology, component"
          + " definitions, service versions, vars), renders its config and script templates and"
          + " lowers it into Kubernetes objects for the target. The tree has one folder per"
          + " cluster (<namespace>/<cluster>/), one object per file and kustomization.yaml files"
          + " in apply order. DIR is replaced as a whole, and only when there are no errors: a"
          + " failed render leaves the previous tree untouched. Plain Kubernetes documents among"
          + " the inputs (Services, NetworkPolicies, ConfigMaps, custom resources) are passed"
          + " through: into the folder of the cluster that names them or that they select or are"
          + " labelled with (app.kubernetes.io/instance), else into _shared/. No secret value is"
          + " ever written: a Secret among the inputs is a warning and is left out (kb apply"
          + " --secrets-from creates it).",
      ""
    },
    footer = {
      "",
      "Exit status:",
      "  0  tree written (warnings allowed unless --strict)",
      "  1  errors found: nothing written",
      "  2  usage error, a PATH cannot be read, or DIR cannot be written",
      "  3  internal error: a bug in kbforge (please report it; --debug shows the stack)",
      "",
      "Examples:",
      "  kb render addons/redis --out gitops",
      "  kb render --with-crds addons/redis --out gitops",
      "  kb render --target statefulset --cluster-domain corp.local addons/redis --out gitops",
      "  kb render --kubeblocks-version 1.0.2 --image-registry docker.io addons/redis --out gitops",
      "  kb render --kube-version 1.26 addons/redis --out gitops"
    })
final class RenderCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ColorOption color;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files or directories: addon definitions and Clusters, read as one set (as for"
              + " 'kb validate'). An addon's templates/<name>/ folders are found through its"
              + " addon.yaml. DIR is never read as input, even inside a PATH, so"
              + " 'kb render . --out gitops' can run again and again.")
  List<Path> paths;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "DIR",
      description =
          "The output folder. Created when missing; replaced when kbforge wrote it before;"
              + " refused when it holds anything else.")
  Path out;

  @Option(
      names = "--target",
      defaultValue = "instanceset",
      paramLabel = "TARGET",
      converter = TargetConverter.class,
      description =
          "What Clusters become (default: ${DEFAULT-VALUE}): instanceset (InstanceSet"
              + " workloads.kubeblocks.io/v1, for KubeBlocks' workload controller), statefulset"
              + " (apps/v1 StatefulSet, for any cluster), kubeblocks (the Cluster CR and the"
              + " definitions it uses, for a full KubeBlocks).")
  Target target;

  @Option(
      names = "--secrets",
      defaultValue = "apply",
      paramLabel = "MODE",
      converter = SecretsConverter.class,
      description =
          "How account Secrets come to exist (default: ${DEFAULT-VALUE}): apply ('kb apply'"
              + " creates the missing ones), external-secrets (an external-secrets.io Password"
              + " generator and ExternalSecret per account).")
  SecretsMode secrets;

  @Option(
      names = "--cluster-domain",
      defaultValue = RenderOptions.DEFAULT_CLUSTER_DOMAIN,
      paramLabel = "DOMAIN",
      converter = DomainConverter.class,
      description = "The Kubernetes cluster domain used in FQDNs (default: ${DEFAULT-VALUE}).")
  String clusterDomain;

  @Mixin KubeBlocksOptions kubeblocks;

  @Option(
      names = "--kube-version",
      paramLabel = "MAJOR.MINOR",
      converter = KubeVersionConverter.class,
      description =
          "The Kubernetes release the objects are for (default: "
              + KubeVersion.DEFAULT_TEXT
              + "; oldest: "
              + KubeVersion.MINIMUM_TEXT
              + "). Objects get the API versions it serves (PodDisruptionBudget policy/v1beta1"
              + " before 1.21); a field it lacks is an error at the line that sets it. The facts"
              + " used are listed in docs/kube-versions.md.")
  KubeVersion kubeVersion = KubeVersion.DEFAULT;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      converter = ValidateCommand.FormatConverter.class,
      description =
          "Diagnostics format (default: ${DEFAULT-VALUE}): text, json, sarif, github. json"
              + " also holds the write summary (\"write\": written, out, clusters, objects, added,"
              + " changed, unchanged, removed); with sarif the one-line summary goes to stderr, so"
              + " stdout stays parseable.")
  OutputFormat format;

  @Option(
      names = "--strict",
      description = "Treat warnings as errors (a render with warnings then writes nothing).")
  boolean strict;

  @Option(
      names = "--with-crds",
      description =
          "Also write the KubeBlocks CustomResourceDefinitions under DIR/crds/ (applied first).")
  boolean withCrds;

  @Override
  public Integer call() {
    Kbforge kbforge = Kbforge.create();
    RenderOptions options =
        new RenderOptions(target, secrets, clusterDomain, kubeVersion)
            .withKubeBlocks(kubeblocks.release());
    RenderResult result = kbforge.render(new RenderRequest(paths, out, options, strict, withCrds));
    PrintWriter stdout = spec.commandLine().getOut();
    String text = DiagnosticFormatter.format(result, out.toString(), format, kbforge.version());
    stdout.print(color.apply(text, format == OutputFormat.TEXT));
    if (format != OutputFormat.JSON) {
      // sarif has no place for it: the line goes to stderr, so stdout stays parseable
      PrintWriter summaryOut = format == OutputFormat.SARIF ? spec.commandLine().getErr() : stdout;
      summaryOut.println(summary(result, out));
    }
    return result.hasErrors() ? 1 : 0;
  }

  /** One line: what was written, or why nothing was. */
  static String summary(RenderResult result, Path out) {
    if (!result.written()) {
      return "nothing written: " + result.errorCount() + " error(s)";
    }
    return "rendered "
        + result.clusters()
        + " cluster(s), "
        + result.objects()
        + " object(s) into "
        + out
        + ": "
        + result.added()
        + " file(s) added, "
        + result.changed()
        + " changed, "
        + result.unchanged()
        + " unchanged, "
        + result.removed()
        + " removed";
  }

  /** instanceset, statefulset, kubeblocks (any case). */
  static final class TargetConverter implements CommandLine.ITypeConverter<Target> {
    @Override
    public Target convert(String value) {
      for (Target t : Target.values()) {
        if (t.name().equalsIgnoreCase(value)) {
          return t;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown target '" + value + "' (valid: instanceset, statefulset, kubeblocks)");
    }
  }

  /** apply, external-secrets (any case). */
  static final class SecretsConverter implements CommandLine.ITypeConverter<SecretsMode> {
    @Override
    public SecretsMode convert(String value) {
      for (SecretsMode mode : SecretsMode.values()) {
        if (mode.name().replace('_', '-').equalsIgnoreCase(value)) {
          return mode;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown secrets mode '" + value + "' (valid: apply, external-secrets)");
    }
  }

  /** MAJOR.MINOR, e.g. 1.26: a Kubernetes release kbforge renders for. */
  static final class KubeVersionConverter implements CommandLine.ITypeConverter<KubeVersion> {
    @Override
    public KubeVersion convert(String value) {
      try {
        return KubeVersion.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** A DNS name such as cluster.local: lower-case labels separated by dots. */
  static final class DomainConverter implements CommandLine.ITypeConverter<String> {
    private static final String LABEL = "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?";

    @Override
    public String convert(String value) {
      if (value.length() > 253 || !value.matches(LABEL + "(\\." + LABEL + ")*")) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a DNS domain such as cluster.local");
      }
      return value;
    }
  }
}

package dev.kbforge.maven;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.KubeBlocksRelease;
import dev.kbforge.compiler.api.KubeVersion;
import dev.kbforge.compiler.api.OutputException;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.RenderRequest;
import dev.kbforge.compiler.api.RenderResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn kb:render}: compiles every Cluster of the project against its addon and writes the
 * GitOps tree (one folder per cluster, one object per file, kustomization.yaml files). Nothing is
 * written when there is an error. When neither the inputs, the tree nor the parameters changed
 * since the last successful render, says so and does nothing.
 */
@Mojo(
    name = "render",
    defaultPhase = LifecyclePhase.GENERATE_RESOURCES,
    requiresProject = false,
    threadSafe = true)
public class RenderMojo extends SourcesMojo {

  /** The GitOps tree; replaced as a whole, so it must be new, empty or written by kbforge. */
  @Parameter(
      property = "kb.outputDirectory",
      defaultValue = "${project.build.directory}/kb/gitops",
      required = true)
  File outputDirectory;

  /** What Clusters become: instanceset, statefulset or kubeblocks. */
  @Parameter(property = "kb.target", defaultValue = "instanceset", required = true)
  String target;

  /** How account Secrets come to exist: apply (kb apply creates them) or external-secrets. */
  @Parameter(property = "kb.secrets", defaultValue = "apply", required = true)
  String secrets;

  /** The Kubernetes cluster domain used in FQDNs. */
  @Parameter(property = "kb.clusterDomain", defaultValue = "cluster.local", required = true)
  String clusterDomain;

  /** The KubeBlocks release whose tools image (with kbagent) the pods use. */
  @Parameter(property = "kb.kubeblocksVersion", defaultValue = KubeBlocksRelease.DEFAULT_VERSION)
  String kubeblocksVersion;

  /** The registry of the tools image, as KubeBlocks' image.registry setting. */
  @Parameter(property = "kb.imageRegistry", defaultValue = KubeBlocksRelease.DEFAULT_REGISTRY)
  String imageRegistry;

  /**
   * The Kubernetes release the objects are for, MAJOR.MINOR (1.20 or later): API versions it
   * serves, fields it lacks refused (docs/kube-versions.md).
   */
  @Parameter(property = "kb.kubeVersion", defaultValue = KubeVersion.DEFAULT_TEXT, required = true)
  String kubeVersion;

  /** Also write the KubeBlocks CustomResourceDefinitions under {@code crds/} of the tree. */
  @Parameter(property = "kb.withCrds", defaultValue = "false")
  boolean withCrds;

  /** Where the state of the last successful render is kept. */
  @Parameter(defaultValue = "${project.build.directory}/kb", readonly = true, required = true)
  File stateDirectory;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (skipped("kb:render")) {
      return;
    }
    RenderOptions options =
        RenderOptionsParser.parse(target, secrets, clusterDomain, kubeVersion)
            .withKubeBlocks(KubeBlocksReleaseParser.parse(kubeblocksVersion, imageRegistry));
    Path out = path(outputDirectory);
    List<Path> inputs = inputs();
    RenderOptionsParser.checkOutside(inputs.get(0), out);
    String parameters = options + " strict=" + strict + " withCrds=" + withCrds;
    RenderState state = new RenderState(path(stateDirectory), out);
    if (state.matches(RenderState.fingerprint(inputs, out, parameters))) {
      getLog().info("kb:render: inputs unchanged, skipping");
      return;
    }
    try {
      state.clear();
      RenderResult result =
          Kbforge.create().render(new RenderRequest(inputs, out, options, strict, withCrds));
      report("kb:render", result.diagnostics());
      getLog().info("kb:render: " + DiagnosticLog.summary(result, out));
      state.save(RenderState.fingerprint(inputs, out, parameters));
    } catch (InputException | OutputException e) {
      throw new MojoExecutionException("kb:render: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("kb:render: cannot keep its state: " + e.getMessage(), e);
    }
  }
}

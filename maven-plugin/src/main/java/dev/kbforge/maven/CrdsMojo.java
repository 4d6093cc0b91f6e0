package dev.kbforge.maven;

import dev.kbforge.compiler.api.CrdResult;
import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.OutputException;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn kb:crds}: writes the CustomResourceDefinitions of the KubeBlocks kinds
 * (ClusterDefinition, ComponentDefinition, ComponentVersion, ShardingDefinition, Cluster,
 * InstanceSet), generated from kbforge's schemas, with a kustomization.yaml listing them.
 */
@Mojo(
    name = "crds",
    defaultPhase = LifecyclePhase.GENERATE_RESOURCES,
    requiresProject = false,
    threadSafe = true)
public class CrdsMojo extends KbMojo {

  /** Where the CRDs go; replaced as a whole, so it must be new, empty or written by kbforge. */
  @Parameter(
      property = "kb.crdsDirectory",
      defaultValue = "${project.build.directory}/kb/crds",
      required = true)
  File crdsDirectory;

  @Override
  void run() throws MojoExecutionException {
    if (skipped("kb:crds")) {
      return;
    }
    CrdResult result;
    try {
      result = Kbforge.create().crds(path(crdsDirectory));
    } catch (OutputException e) {
      throw new MojoExecutionException("kb:crds: " + e.getMessage(), e);
    }
    getLog()
        .info(
            String.format(
                "kb:crds: %d files in %s (%d added, %d changed, %d unchanged, %d removed)",
                result.files().size(),
                result.out(),
                result.added(),
                result.changed(),
                result.unchanged(),
                result.removed()));
  }
}

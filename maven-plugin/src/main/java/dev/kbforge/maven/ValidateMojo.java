package dev.kbforge.maven;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn kb:validate}: checks the addon definitions and Clusters of the project (JSON Schema
 * and semantic checks) and fails the build on any error, or on any warning when {@code strict}.
 */
@Mojo(
    name = "validate",
    defaultPhase = LifecyclePhase.VALIDATE,
    requiresProject = false,
    threadSafe = true)
public class ValidateMojo extends SourcesMojo {

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (skipped("kb:validate")) {
      return;
    }
    ValidateResult result;
    try {
      result = Kbforge.create().validate(new ValidateRequest(inputs(), strict));
    } catch (InputException e) {
      throw new MojoExecutionException("kb:validate: " + e.getMessage(), e);
    }
    report("kb:validate", result.diagnostics());
    getLog()
        .info(
            "kb:validate: "
                + result.documents()
                + " document(s) from "
                + result.files()
                + " file(s), "
                + DiagnosticLog.count(result.warningCount(), "warning"));
  }
}

package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code componentVarRef}: facts about a component of the cluster. Pod lists come from the
 * component's replicas and instance templates; pods per role are known only once pods run and
 * report their roles, so those vars are empty, as they are on KubeBlocks' first reconcile (KB5222).
 */
final class ComponentVarRefs {
  private ComponentVarRefs() {}

  static RawVars resolve(VarScope scope, JsonNode ref) {
    ObjectVars.Lookup<SynthesizedComponent> itself = Optional::of;
    String what = "the Component";
    if (ref.has("componentName") || ref.has("shortName")) {
      boolean shortName = ref.has("shortName");
      String option = Nodes.text(ref, ref.has("componentName") ? "componentName" : "shortName");
      return ObjectVars.resolve(
          scope,
          what,
          ref,
          option,
          itself,
          (c, x) -> VarValue.text(shortName ? c.name() : c.fullName()));
    }
    if (ref.has("replicas")) {
      return ObjectVars.resolve(
          scope,
          what,
          ref,
          Nodes.text(ref, "replicas"),
          itself,
          (c, x) -> VarValue.text(Integer.toString(c.replicas())));
    }
    if (ref.has("podNames") || ref.has("podFQDNs")) {
      boolean fqdn = ref.has("podFQDNs");
      String option = Nodes.text(ref, fqdn ? "podFQDNs" : "podNames");
      return ObjectVars.resolve(
          scope,
          what,
          ref,
          option,
          itself,
          (c, x) -> VarValue.text(String.join(",", pods(c, fqdn, scope.clusterDomain()))));
    }
    if (ref.has("podNamesForRole") || ref.has("podFQDNsForRole")) {
      JsonNode roled =
          ref.has("podFQDNsForRole") ? ref.path("podFQDNsForRole") : ref.path("podNamesForRole");
      return ObjectVars.resolve(
          scope,
          what,
          ref,
          Nodes.text(roled, "option"),
          itself,
          (c, x) -> {
            scope.atVar(
                Code.KB5222,
                scope.describe()
                    + " lists the pods holding role '"
                    + Nodes.text(roled, "role")
                    + "', which are known only at run time; it is empty");
            return VarValue.text("");
          });
    }
    if (ref.has("serviceVersion")) {
      return ObjectVars.resolve(
          scope,
          what,
          ref,
          Nodes.text(ref, "serviceVersion"),
          itself,
          (c, x) -> VarValue.text(c.serviceVersion()));
    }
    return RawVars.empty();
  }

  /** Pod names, or FQDNs {@code <pod>.<fullName>-headless.<ns>.svc.<clusterDomain>}. */
  static List<String> pods(SynthesizedComponent c, boolean fqdn, String clusterDomain) {
    List<String> names = PodNames.of(c);
    if (!fqdn) {
      return names;
    }
    String suffix =
        "." + c.fullName() + "-headless." + c.cluster().namespace() + ".svc." + clusterDomain;
    return names.stream().map(n -> n + suffix).toList();
  }
}

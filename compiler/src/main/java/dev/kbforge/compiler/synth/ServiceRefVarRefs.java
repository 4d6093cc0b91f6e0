package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code serviceRefVarRef}: a value of the service the Cluster binds to one of the definition's
 * {@code serviceRefDeclarations} (a ServiceDescriptor, or another Cluster's service). As in
 * KubeBlocks (resolveServiceRefVarRefLow in pkg/controller/component/vars.go), only the component's
 * own service references count, and one exists only when the definition declares it and the Cluster
 * component binds it ({@code serviceRefs[].name}, buildServiceReferences in
 * pkg/controller/component/service_reference.go). An unbound reference follows the usual rules
 * ({@link ObjectVars}): left out when {@code optional}, KB5210 otherwise. A bound one is not
 * resolved offline (KB5225): the bound object is not in the input set.
 */
final class ServiceRefVarRefs {
  /** The fields a serviceRefVarRef may select, in KubeBlocks' order of precedence. */
  private static final List<String> FIELDS =
      List.of("endpoint", "host", "port", "podFQDNs", "username", "password");

  private ServiceRefVarRefs() {}

  static RawVars resolve(VarScope scope, JsonNode ref) {
    Optional<String> field = FIELDS.stream().filter(ref::has).findFirst();
    if (field.isEmpty()) {
      return RawVars.empty();
    }
    String name = Nodes.text(ref, "name");
    SynthesizedComponent self = scope.self();
    return ObjectVars.resolve(
        scope,
        "the service reference '" + name + "'",
        ref,
        Nodes.text(ref, field.get()),
        c -> c == self && bound(c, name) ? Optional.of(name) : Optional.empty(),
        (c, bound) ->
            new VarValue.Unknown(
                Code.KB5225,
                "reads the service reference '"
                    + bound
                    + "', which kbforge does not bind; it is left out"));
  }

  /** The definition declares the reference and the Cluster component binds it. */
  private static boolean bound(SynthesizedComponent c, String name) {
    return named(c.definitionSpec().path("serviceRefDeclarations"), name)
        && named(c.spec().path("serviceRefs"), name);
  }

  private static boolean named(JsonNode list, String name) {
    for (JsonNode item : list) {
      if (Nodes.text(item, "name").equals(name)) {
        return true;
      }
    }
    return false;
  }
}

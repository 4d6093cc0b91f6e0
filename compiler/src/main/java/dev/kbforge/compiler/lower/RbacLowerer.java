package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identity of a component's pods (KubeBlocks' rbac transformer, reference section 6.2): a
 * ServiceAccount {@code kb-<cluster>-<comp>} when the ComponentDefinition has policyRules or
 * lifecycleActions, and for policyRules a Role and a RoleBinding granting them to it.
 *
 * <p>Deviation: KubeBlocks grants policyRules through a ClusterRole {@code kb-<cmpdName>} (made by
 * its ComponentDefinition controller) bound per component. A GitOps tree should not need
 * cluster-scoped RBAC to deploy one database, so the rules become a namespaced Role {@code
 * kb-<cluster>-<comp>} with the same rules; the pods get the same permissions in their namespace.
 *
 * <p>When the Cluster names its own {@code serviceAccountName}, no ServiceAccount is made and the
 * bindings (named after that account, as KubeBlocks names them) bind it instead. For the
 * InstanceSet target, lifecycleActions also get KubeBlocks' RoleBinding {@code <account>-pod} to
 * the ClusterRole {@code kubeblocks-cluster-pod-role} that the KubeBlocks chart installs: kbagent
 * needs it to report role changes, which the InstanceSet controller turns into role labels.
 */
public final class RbacLowerer implements Lowerer {
  static final String RBAC_API = "rbac.authorization.k8s.io";
  static final String POD_CLUSTER_ROLE = "kubeblocks-cluster-pod-role";

  @Override
  public List<ObjectNode> lower(LoweringContext context) {
    SynthesizedComponent c = context.component();
    JsonNode rules = c.definitionSpec().path("policyRules");
    boolean hasRules = rules.isArray() && !rules.isEmpty();
    JsonNode actions = c.definitionSpec().path("lifecycleActions");
    boolean hasActions = actions.isObject() && !actions.isEmpty();
    if (!hasRules && !hasActions) {
      return List.of();
    }
    String userAccount = Nodes.text(c.spec(), "serviceAccountName");
    String account = userAccount.isEmpty() ? Names.serviceAccount(c) : userAccount;
    List<ObjectNode> objects = new ArrayList<>();
    if (userAccount.isEmpty()) {
      objects.add(object(c, "v1", "ServiceAccount", account));
    }
    if (hasRules) {
      ObjectNode role = object(c, RBAC_API + "/v1", "Role", Names.serviceAccount(c));
      role.set("rules", rules.deepCopy());
      objects.add(role);
      objects.add(binding(c, account, account, "Role", Names.serviceAccount(c)));
    }
    if (hasActions && c.cluster().options().target() == Target.INSTANCESET) {
      objects.add(binding(c, account + "-pod", account, "ClusterRole", POD_CLUSTER_ROLE));
    }
    return objects;
  }

  private static ObjectNode binding(
      SynthesizedComponent c, String name, String account, String roleKind, String roleName) {
    ObjectNode binding = object(c, RBAC_API + "/v1", "RoleBinding", name);
    ObjectNode roleRef = binding.putObject("roleRef");
    roleRef.put("apiGroup", RBAC_API);
    roleRef.put("kind", roleKind);
    roleRef.put("name", roleName);
    ObjectNode subject = binding.putArray("subjects").addObject();
    subject.put("kind", "ServiceAccount");
    subject.put("name", account);
    subject.put("namespace", c.cluster().namespace());
    return binding;
  }

  private static ObjectNode object(
      SynthesizedComponent c, String apiVersion, String kind, String name) {
    return Manifests.object(
        apiVersion, kind, name, c.cluster().namespace(), Labels.component(c), Map.of());
  }
}

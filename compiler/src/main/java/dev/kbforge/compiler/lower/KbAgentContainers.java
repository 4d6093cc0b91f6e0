package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds KubeBlocks' kbagent to a pod exactly as its component controller does
 * (pkg/controller/component/kbagent.go, buildKBAgentContainer; names and paths from
 * pkg/kbagent/setup.go and podspec.go): the {@code kbagent} server container (ports 3501 {@code
 * http} and 3502 {@code streaming}, or the next free ones; a TCP startup probe on the HTTP port),
 * the {@code kbagent-worker} init container, both from the tools image with the actions' env (see
 * {@link KbAgentEnv}), and the downward-API volume that shows the pod's role label to kbagent.
 *
 * <p>When an exec action names its own image, kbagent runs in that image instead: an {@code
 * init-kbagent} init container copies the binaries from the tools image into the shared emptyDir
 * {@code kubeblocks}, and both kbagent containers start {@code /kubeblocks/kbagent}. When an exec
 * action names a container, the kbagent containers get that container's volume mounts, so the
 * action sees its files. Whatever KubeBlocks rejects here is an error ({@link Code#KB5602} to
 * {@link Code#KB5607}); an action kbagent could not run is one too ({@link KbAgentChecks}).
 */
final class KbAgentContainers {
  static final String SERVER = "kbagent";
  static final String WORKER = "kbagent-worker";
  static final String INIT = "init-kbagent";
  static final int HTTP_PORT = 3501;
  static final int STREAMING_PORT = 3502;
  static final String ROLE_LABEL_VOLUME = "kubeblocks-role-label";
  static final String SHARED_VOLUME = "kubeblocks";
  static final String SHARED_PATH = "/kubeblocks";
  static final String BINARY = "/bin/kbagent";

  private KbAgentContainers() {}

  /** Adds kbagent when the component needs it; returns whether the pod now has it. */
  static boolean inject(SynthesizedComponent c, ObjectNode pod, Reporter reporter) {
    if (!KbAgentActions.needed(c)
        || !KbAgentChecks.actionsRunnable(c, reporter)
        || !KbAgentCallChecks.targetsResolvable(c, reporter)) {
      return false;
    }
    List<KbAgentAction> defined = KbAgentActions.defined(c);
    List<KbAgentAction> forContainers = KbAgentActions.forContainers(c);
    int[] ports = KbAgentPorts.allocate(c, pod, reporter);
    KbAgentChecks.ExecTarget target = KbAgentChecks.execTarget(c, pod, forContainers, reporter);
    if (ports.length == 0 || target == null) {
      return false;
    }
    List<JsonNode> env = KbAgentEnv.of(forContainers, defined, c.fullName());
    String tools = c.cluster().options().kubeblocks().toolsImage();
    ObjectNode server = container(SERVER, tools, env);
    ArrayNode args = server.putArray("args");
    args.add("--port").add(Integer.toString(ports[0]));
    args.add("--streaming-port").add(Integer.toString(ports[1]));
    ArrayNode containerPorts = server.putArray("ports");
    containerPorts.add(port(ports[0], "http"));
    containerPorts.add(port(ports[1], "streaming"));
    server.putObject("startupProbe").putObject("tcpSocket").put("port", ports[0]);
    ObjectNode worker = container(WORKER, tools, env);
    worker.putArray("args").add("--server=false");

    ArrayNode inits = Manifests.array(pod, "initContainers");
    if (!target.image().isEmpty()) {
      inits.add(initContainer(tools));
      for (ObjectNode kbagent : List.of(server, worker)) {
        kbagent.put("image", target.image());
        ((ArrayNode) kbagent.path("command")).set(0, SHARED_PATH + "/kbagent");
        Manifests.array(kbagent, "volumeMounts").add(sharedMount());
      }
    }
    if (target.container() != null) {
      for (ObjectNode kbagent : List.of(server, worker)) {
        ArrayNode mounts = Manifests.array(kbagent, "volumeMounts");
        target.container().path("volumeMounts").forEach(m -> mounts.add(m.deepCopy()));
      }
    }
    if (!KbAgentRoleVolume.mount(c, pod, server, reporter)) {
      return false;
    }
    Manifests.array(pod, "containers").add(server);
    inits.add(worker);
    return true;
  }

  private static ObjectNode container(String name, String image, List<JsonNode> env) {
    ObjectNode container = Manifests.NODES.objectNode();
    container.put("name", name);
    container.put("image", image);
    container.put("imagePullPolicy", "IfNotPresent");
    container.putArray("command").add(BINARY);
    ArrayNode vars = container.putArray("env");
    env.forEach(e -> vars.add(e.deepCopy()));
    container.putObject("securityContext").put("runAsGroup", 1000);
    return container;
  }

  private static ObjectNode port(int number, String name) {
    ObjectNode port = Manifests.NODES.objectNode();
    port.put("containerPort", number);
    port.put("name", name);
    port.put("protocol", "TCP");
    return port;
  }

  /** Copies kbagent (and tini) from the tools image into the shared volume. */
  private static ObjectNode initContainer(String tools) {
    ObjectNode init = Manifests.NODES.objectNode();
    init.put("name", INIT);
    init.put("image", tools);
    init.put("imagePullPolicy", "IfNotPresent");
    init.putArray("command")
        .add("cp")
        .add("-r")
        .add(BINARY)
        .add("/bin/tini-static")
        .add(SHARED_PATH + "/");
    init.putArray("volumeMounts").add(sharedMount());
    return init;
  }

  private static ObjectNode sharedMount() {
    ObjectNode mount = Manifests.NODES.objectNode();
    mount.put("name", SHARED_VOLUME);
    mount.put("mountPath", SHARED_PATH);
    return mount;
  }
}

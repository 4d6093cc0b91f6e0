package dev.kbforge.compiler.render.gotmpl;

import dev.kbforge.gotemplate.ArgType;
import dev.kbforge.gotemplate.FunctionException;
import dev.kbforge.gotemplate.FunctionMap;
import dev.kbforge.gotemplate.GoFunction;
import java.util.List;
import java.util.Map;

/**
 * The functions KubeBlocks' parameters controller adds to sprig's (pkg/controller/render/
 * builtin_functions.go, {@code BuiltInCustomFunctions}), with the same results on the same input.
 * Their arguments are the JSON-shaped values of {@code podSpec} and {@code component}: a container
 * is a map, a container list a list; what KubeBlocks decodes into a Go struct and finds malformed
 * is an error here too.
 */
public final class KubeBlocksFunctions {
  private KubeBlocksFunctions() {}

  /** sprig plus KubeBlocks' functions. */
  public static FunctionMap map() {
    return FunctionMap.sprig()
        .with(
            "getVolumePathByName",
            GoFunction.of(
                a -> volumePath(PodObjects.container(a.get(0)), (String) a.get(1)),
                ArgType.ANY,
                ArgType.STRING))
        .with(
            "getPVCByName",
            GoFunction.of(
                a -> PodObjects.volumeSource(PodObjects.list(a.get(0)), (String) a.get(1)),
                ArgType.LIST,
                ArgType.STRING))
        .with(
            "getEnvByName",
            GoFunction.of(
                a -> PodObjects.env(PodObjects.container(a.get(0)), (String) a.get(1)),
                ArgType.ANY,
                ArgType.STRING))
        .with("getArgByName", GoFunction.of(a -> "", ArgType.ANY, ArgType.STRING))
        .with(
            "getPortByName",
            GoFunction.of(
                a -> PodObjects.named(PodObjects.container(a.get(0)).get("ports"), a.get(1)),
                ArgType.ANY,
                ArgType.STRING))
        .with(
            "getContainerByName",
            GoFunction.of(a -> PodObjects.named(a.get(0), a.get(1)), ArgType.LIST, ArgType.STRING))
        .with(
            "getContainerCPU",
            GoFunction.of(a -> resource(a.get(0), "limits", "cpu", 0), ArgType.ANY))
        .with(
            "getContainerMemory",
            GoFunction.of(a -> resource(a.get(0), "limits", "memory", 0), ArgType.ANY))
        .with(
            "getContainerRequestMemory",
            GoFunction.of(a -> resource(a.get(0), "requests", "memory", 0), ArgType.ANY))
        .with(
            "getComponentPVCSizeByName",
            GoFunction.of(
                a -> componentPvcSize(PodObjects.map(a.get(0)), (String) a.get(1)),
                ArgType.ANY,
                ArgType.STRING))
        .with("getPVCSize", GoFunction.of(a -> pvcSize(PodObjects.map(a.get(0))), ArgType.ANY))
        .with(
            "callBufferSizeByResource",
            GoFunction.variadic(a -> bufferPool(a), ArgType.BOOL, ArgType.ANY));
  }

  private static String volumePath(Map<String, Object> container, String volume)
      throws FunctionException {
    Object mount = PodObjects.named(container.get("volumeMounts"), volume);
    return mount == null ? "" : PodObjects.string(PodObjects.map(mount).get("mountPath"));
  }

  /** {@code getContainerCPU} and friends: Quantity.Value() of a resource, 0 when absent. */
  private static long resource(Object container, String kind, String name, long absent)
      throws FunctionException {
    Map<String, Object> resources =
        PodObjects.map(PodObjects.container(container).get("resources"));
    Map<String, Object> values = PodObjects.map(resources.get(kind));
    return values.containsKey(name) ? PodObjects.quantity(values.get(name)) : absent;
  }

  /** {@code getComponentPVCSizeByName}: the storage request of a volumeClaimTemplate, else -1. */
  private static long componentPvcSize(Map<String, Object> component, String name)
      throws FunctionException {
    for (Object template : PodObjects.list(component.get("volumeClaimTemplates"))) {
      Map<String, Object> pvc = PodObjects.map(template);
      if (name.equals(PodObjects.string(PodObjects.map(pvc.get("metadata")).get("name")))) {
        return pvcSize(pvc);
      }
    }
    return -1;
  }

  /** {@code getPVCSize}: {@code spec.resources.requests.storage} of a claim template, else -1. */
  private static long pvcSize(Map<String, Object> pvc) throws FunctionException {
    Map<String, Object> spec = PodObjects.map(pvc.get("spec"));
    Map<String, Object> requests =
        PodObjects.map(PodObjects.map(spec.get("resources")).get("requests"));
    return requests.containsKey("storage") ? PodObjects.quantity(requests.get("storage")) : -1;
  }

  /** {@code callBufferSizeByResource} ({@code calDBPoolSize}): MySQL's innodb buffer pool. */
  private static String bufferPool(List<Object> args) throws FunctionException {
    Map<String, Object> container = PodObjects.container(args.get(0));
    Map<String, Object> limits =
        PodObjects.map(PodObjects.map(container.get("resources")).get("limits"));
    if (limits.isEmpty()) {
      return "";
    }
    boolean shared = args.size() > 1 && Boolean.TRUE.equals(args.get(1));
    return MysqlBufferPool.size(
        resource(container, "limits", "memory", 0),
        resource(container, "limits", "cpu", 0),
        shared);
  }
}

package dev.kbforge.compiler.edit;

import dev.kbforge.compiler.api.ClusterEdit;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.source.Pointers;
import dev.kbforge.compiler.source.SourceDocument;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * What each {@link ClusterEdit} changes in a component's spec, as KubeBlocks' operations change the
 * Cluster (pkg/operations: horizontal_scaling.go, vertical_scaling.go, volume_expansion.go,
 * stop.go, start.go, restart.go, upgrade.go). Range checks that validation makes anyway
 * (replicasLimit, offered serviceVersions) are left to it, so they are reported once, at the edited
 * line.
 */
final class ComponentEdits {
  /** KubeBlocks' constant.RestartAnnotationKey (pkg/constant/annotations.go). */
  static final String RESTART_ANNOTATION = "kubeblocks.io/restart";

  private ComponentEdits() {}

  static boolean apply(EditSession session, String base, ClusterEdit edit) {
    if (edit instanceof ClusterEdit.HorizontalScale h) {
      return replicas(session, base, h.replicas());
    } else if (edit instanceof ClusterEdit.ScaleBy s) {
      return replicas(session, base, current(session, base) + s.delta());
    } else if (edit instanceof ClusterEdit.VerticalScale v) {
      return vscale(session, base, v);
    } else if (edit instanceof ClusterEdit.SetResources r) {
      return resources(session, base, "requests", r.requests())
          && resources(session, base, "limits", r.limits());
    } else if (edit instanceof ClusterEdit.VolumeExpand v) {
      return volume(session, base, v);
    } else if (edit instanceof ClusterEdit.Stop) {
      return session.set(base, List.of("stop"), ScalarValue.literal("true"));
    } else if (edit instanceof ClusterEdit.Start) {
      return session.remove(
          Pointers.child(base, "stop"), base, List.of("stop"), ScalarValue.literal("false"));
    } else if (edit instanceof ClusterEdit.Restart r) {
      return restart(session, base, r.timestamp());
    } else if (edit instanceof ClusterEdit.Upgrade u) {
      return session.set(base, List.of("serviceVersion"), ScalarValue.string(u.serviceVersion()));
    }
    throw new IllegalArgumentException("unknown edit " + edit);
  }

  private static long current(EditSession session, String base) {
    return session.cluster().map(d -> d.root().at(base).path("replicas").asLong(1)).orElse(1L);
  }

  private static boolean replicas(EditSession session, String base, long replicas) {
    if (replicas < 0) {
      return malformed(session, base, "replicas " + replicas + " is negative");
    }
    return session.set(base, List.of("replicas"), ScalarValue.literal(Long.toString(replicas)));
  }

  private static boolean vscale(EditSession session, String base, ClusterEdit.VerticalScale v) {
    for (String[] resource : new String[][] {{"cpu", v.cpu()}, {"memory", v.memory()}}) {
      if (resource[1] == null || resource[1].isEmpty()) {
        continue;
      }
      if (parse(resource[1]).isEmpty()) {
        return malformed(session, base, resource[0] + " '" + resource[1] + "' is not a quantity");
      }
      for (String kind : List.of("requests", "limits")) {
        if (!session.set(
            base, List.of("resources", kind, resource[0]), ScalarValue.quantity(resource[1]))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean resources(
      EditSession session, String base, String kind, Map<String, String> quantities) {
    for (String name : new TreeSet<>(quantities.keySet())) {
      String value = quantities.get(name);
      if (parse(value).isEmpty()) {
        return malformed(session, base, kind + "." + name + " '" + value + "' is not a quantity");
      }
      if (!session.set(base, List.of("resources", kind, name), ScalarValue.quantity(value))) {
        return false;
      }
    }
    return true;
  }

  private static boolean volume(EditSession session, String base, ClusterEdit.VolumeExpand v) {
    Optional<BigDecimal> wanted = parse(v.size());
    if (wanted.isEmpty()) {
      return malformed(session, base, "size '" + v.size() + "' is not a quantity");
    }
    Optional<SourceDocument> doc = session.cluster();
    if (doc.isEmpty()) {
      return false;
    }
    JsonNode templates = doc.get().root().at(base).path("volumeClaimTemplates");
    for (int i = 0; i < templates.size(); i++) {
      if (!v.volume().equals(templates.get(i).path("name").asString(""))) {
        continue;
      }
      String at = Pointers.child(Pointers.child(base, "volumeClaimTemplates"), i);
      String storage = templates.get(i).at("/spec/resources/requests/storage").asString("");
      Optional<BigDecimal> now = parse(storage);
      if (now.isPresent() && wanted.get().compareTo(now.get()) < 0) {
        session
            .reporter()
            .value(
                Code.KB6003,
                doc.get(),
                at + "/spec/resources/requests/storage",
                "volume '" + v.volume() + "' is " + storage + ": " + v.size() + " would shrink it",
                "PersistentVolumeClaims can only grow");
        return false;
      }
      session.note(
          "volume '"
              + v.volume()
              + "': the StorageClass of its PersistentVolumeClaims must allow volume expansion"
              + " (allowVolumeExpansion: true); kb apply patches the live claims");
      return session.set(
          at, List.of("spec", "resources", "requests", "storage"), ScalarValue.quantity(v.size()));
    }
    session
        .reporter()
        .value(
            Code.KB6004,
            doc.get(),
            base,
            "the component has no volumeClaimTemplate '" + v.volume() + "'",
            "");
    return false;
  }

  private static boolean restart(EditSession session, String base, String timestamp) {
    try {
      OffsetDateTime.parse(timestamp);
    } catch (DateTimeParseException e) {
      return malformed(session, base, "restart time '" + timestamp + "' is not RFC 3339");
    }
    return session.set(
        base, List.of("annotations", RESTART_ANNOTATION), ScalarValue.string(timestamp));
  }

  static Optional<BigDecimal> parse(String quantity) {
    try {
      return Optional.of(Quantity.getAmountInBytes(new Quantity(quantity)));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static boolean malformed(EditSession session, String base, String message) {
    session.cluster().ifPresent(d -> session.reporter().value(Code.KB6006, d, base, message, ""));
    return false;
  }
}

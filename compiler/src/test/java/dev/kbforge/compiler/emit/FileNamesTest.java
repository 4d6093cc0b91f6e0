package dev.kbforge.compiler.emit;

import static dev.kbforge.compiler.emit.Fixtures.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class FileNamesTest {
  @Test
  void namesFilesByLowerCaseKindAndName() {
    assertEquals(
        List.of("statefulset-redis-main.yaml", "configmap-redis-main-env.yaml"),
        FileNames.assign(
            List.of(
                object("apps/v1", "StatefulSet", "db", "redis-main"),
                object("v1", "ConfigMap", "db", "redis-main-env"))));
  }

  @Test
  void sameKindAndNameInTwoGroupsAreQualifiedByGroupInAnyOrder() {
    ObjectNode kubeblocks = object("apps.kubeblocks.io/v1", "Cluster", "db", "pg");
    ObjectNode cnpg = object("postgresql.cnpg.io/v1", "Cluster", "db", "pg");
    ObjectNode core = object("v1", "Cluster", "db", "pg");
    assertEquals(
        List.of(
            "cluster-pg.apps.kubeblocks.io.yaml",
            "cluster-pg.postgresql.cnpg.io.yaml",
            "cluster-pg.core.yaml"),
        FileNames.assign(List.of(kubeblocks, cnpg, core)));
    assertEquals(
        List.of(
            "cluster-pg.core.yaml",
            "cluster-pg.postgresql.cnpg.io.yaml",
            "cluster-pg.apps.kubeblocks.io.yaml"),
        FileNames.assign(List.of(core, cnpg, kubeblocks)));
  }

  @Test
  void sameGroupInTwoNamespacesIsQualifiedByNamespaceToo() {
    assertEquals(
        List.of(
            "role-r.rbac.authorization.k8s.io.b.yaml", "role-r.rbac.authorization.k8s.io.a.yaml"),
        FileNames.assign(
            List.of(
                object("rbac.authorization.k8s.io/v1", "Role", "b", "r"),
                object("rbac.authorization.k8s.io/v1", "Role", "a", "r"))));
  }

  @Test
  void aQualifiedNameNeverTakesAnotherObjectsFile() {
    List<String> names =
        FileNames.assign(
            List.of(
                object("v1", "Service", "db", "a"),
                object("x.io/v1", "Service", "db", "a"),
                object("v1", "Service", "db", "a.core")));
    assertEquals(
        List.of("service-a.core-2.yaml", "service-a.x.io.yaml", "service-a.core.yaml"), names);
  }

  @Test
  void unsafeCharactersCannotMakeAPath() {
    assertEquals(
        List.of("clusterrole-system_controller_x.yaml", "configmap-.._.._etc.yaml"),
        FileNames.assign(
            List.of(
                object("rbac.authorization.k8s.io/v1", "ClusterRole", null, "system:controller:X"),
                object("v1", "ConfigMap", "db", "../../etc"))));
  }

  @Test
  void theSameObjectTwiceIsABug() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            FileNames.assign(
                List.of(
                    object("v1", "ConfigMap", "db", "a"), object("v1", "ConfigMap", "db", "a"))));
  }

  @Test
  void anObjectWithoutNameIsABug() {
    ObjectNode nameless = object("v1", "ConfigMap", "db", "a");
    nameless.withObjectProperty("metadata").remove("name");
    assertThrows(IllegalArgumentException.class, () -> FileNames.assign(List.of(nameless)));
  }
}

package dev.kbforge.compiler.validate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.validate.kube.KubeType.ListOf;
import dev.kbforge.compiler.validate.kube.KubeType.MapOf;
import dev.kbforge.compiler.validate.kube.KubeType.Model;
import dev.kbforge.compiler.validate.kube.KubeType.Scalar;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeModelsTest {
  @Test
  void readsFieldTypesFromTheModelClasses() {
    Map<String, KubeType> port = KubeModels.fields(ContainerPort.class);
    assertEquals(Scalar.INTEGER, port.get("containerPort"));
    assertEquals(Scalar.STRING, port.get("protocol"));
    assertEquals(Scalar.INT_OR_STRING, KubeModels.fields(ServicePort.class).get("targetPort"));
    assertEquals(
        new MapOf(Scalar.QUANTITY), KubeModels.fields(ResourceRequirements.class).get("limits"));
    assertEquals(
        new ListOf(new Model(ContainerPort.class)),
        KubeModels.fields(Container.class).get("ports"));
    assertEquals(Scalar.BOOLEAN, KubeModels.fields(PodSpec.class).get("hostNetwork"));
    assertEquals(new MapOf(Scalar.STRING), KubeModels.fields(PodSpec.class).get("nodeSelector"));
  }

  @Test
  void catchAllMapIsNotAField() {
    assertFalse(KubeModels.fields(Container.class).containsKey("additionalProperties"));
  }

  @Test
  void openObjectsAreNotLookedInto() {
    // managedFields[].fieldsV1 is FieldsV1, a class with no declared fields
    KubeType managed = KubeModels.fields(ObjectMeta.class).get("managedFields");
    Class<?> entry = ((Model) ((ListOf) managed).item()).type();
    Class<?> fieldsV1 = ((Model) KubeModels.fields(entry).get("fieldsV1")).type();
    assertTrue(KubeModels.fields(fieldsV1).isEmpty());
  }

  @Test
  void fieldTablesAreCached() {
    assertSame(KubeModels.fields(PodSpec.class), KubeModels.fields(PodSpec.class));
    assertTrue(KubeModels.fields(PodSpec.class).containsKey("containers"));
  }
}

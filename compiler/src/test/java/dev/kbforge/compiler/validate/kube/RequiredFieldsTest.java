package dev.kbforge.compiler.validate.kube;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredFieldsTest {
  /** A typo in the table would make a required field impossible to satisfy. */
  @Test
  void everyRequiredFieldIsAFieldOfItsType() {
    for (Map.Entry<Class<?>, List<String>> entry : RequiredFields.table().entrySet()) {
      for (String field : entry.getValue()) {
        assertTrue(
            KubeModels.fields(entry.getKey()).containsKey(field),
            entry.getKey().getSimpleName() + " has no field " + field);
      }
    }
  }
}

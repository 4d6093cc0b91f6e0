package dev.kbforge.compiler.validate.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubeObjectWalkerTest {
  private static List<String> walk(Class<?> model, String yaml) {
    Reporter reporter = new Reporter();
    SourceDocument doc =
        new YamlLoader().load(SourceFile.of("o.yaml", yaml), yaml, reporter).get(0);
    new KubeObjectWalker(doc, reporter, Code.KB2012).walkModel("", doc.root(), model);
    return reporter.diagnostics().stream()
        .map(d -> d.code() + "@" + d.line() + ":" + d.column())
        .toList();
  }

  @Test
  void openObjectsAcceptAnyContentButTheirSiblingsAreChecked() {
    assertEquals(
        List.of("KB2012@5:5", "KB2013@6:13"),
        walk(
            ObjectMeta.class,
            """
            name: x
            managedFields:
              - fieldsV1: {"f:spec": {"f:replicas": {}}}
                manager: kubectl
                managr: typo
            labels: {a: 1}
            """));
  }
}

package dev.kbforge.reconciler.secrets;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import dev.kbforge.reconciler.tree.TreeReader;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The Secrets of {@code kb apply --secrets-from}: no secret value goes into the tree (kb render
 * warns about a Secret among its inputs and leaves it out), so the user keeps them in files outside
 * it, and {@code kb apply} creates those the cluster lacks. A Secret that exists is never touched,
 * whatever it holds, and these Secrets are no ApplySet members, so prune never deletes them.
 *
 * <p>Files are read like the tree's (several documents each); folders give every {@code *.yaml} and
 * {@code *.yml} below them, sorted (dot-folders skipped). Documents of other kinds are skipped, so
 * the input folder of {@code kb render} can be given as it is.
 */
public final class ProvidedSecrets {
  private ProvidedSecrets() {}

  /** The Secret documents under {@code paths}, each marked with {@link Keys#PROVIDED_SECRET}. */
  public static List<GenericKubernetesResource> read(List<Path> paths) {
    List<GenericKubernetesResource> secrets = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Path path : paths) {
      for (Path file : files(path)) {
        List<JsonNode> documents = TreeReader.documents(file);
        for (int i = 0; i < documents.size(); i++) {
          JsonNode doc = documents.get(i);
          if (!isSecret(doc)) {
            continue;
          }
          String where = file + " (document " + (i + 1) + ")";
          GenericKubernetesResource secret = secret(doc, where);
          String key = secret.getMetadata().getNamespace() + "/" + secret.getMetadata().getName();
          if (!seen.add(key)) {
            throw new InputException(where + ": Secret " + key + " is given twice");
          }
          secrets.add(secret);
        }
      }
    }
    return secrets;
  }

  /** Whether kb apply made {@code object} from a --secrets-from file: create it, never update. */
  public static boolean isProvided(GenericKubernetesResource object) {
    return "true".equals(Objects.annotation(object, Keys.PROVIDED_SECRET));
  }

  /** The reference of each Secret. */
  public static List<ObjectRef> refs(List<GenericKubernetesResource> secrets) {
    return secrets.stream().map(ObjectRef::of).toList();
  }

  private static boolean isSecret(JsonNode doc) {
    return doc.path("apiVersion").asString("").equals("v1")
        && doc.path("kind").asString("").equals("Secret");
  }

  private static GenericKubernetesResource secret(JsonNode doc, String where) {
    if (doc.path("metadata").path("name").asString("").isEmpty()) {
      throw new InputException(where + ": Secret without metadata.name");
    }
    GenericKubernetesResource secret;
    try {
      secret = Serialization.jsonMapper().treeToValue(doc, GenericKubernetesResource.class);
    } catch (JacksonException e) {
      throw new InputException(where + ": " + e.getOriginalMessage(), e);
    }
    secret.getMetadata().setResourceVersion(null);
    secret.getMetadata().setUid(null);
    Map<String, String> annotations =
        secret.getMetadata().getAnnotations() == null
            ? new TreeMap<>()
            : new TreeMap<>(secret.getMetadata().getAnnotations());
    annotations.put(Keys.PROVIDED_SECRET, "true");
    secret.getMetadata().setAnnotations(annotations);
    return secret;
  }

  private static List<Path> files(Path path) {
    if (!Files.exists(path)) {
      throw new InputException("--secrets-from: no such file or directory: " + path);
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .filter(p -> !hidden(path, p))
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static boolean hidden(Path root, Path file) {
    Path relative = root.relativize(file);
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (relative.getName(i).toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}

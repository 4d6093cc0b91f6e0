package dev.kbforge.reconciler.tree;

import dev.kbforge.compiler.api.InputException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;

/**
 * Reads the desired objects of a directory, in the order they should be applied as written: a
 * folder with a {@code kustomization.yaml} contributes its {@code resources} in the listed order
 * (files, and folders read the same way); a folder without one contributes every {@code *.yaml} and
 * {@code *.yml} file and sub-folder, sorted by name (dot-folders and {@code target} skipped). A
 * file may hold several documents; a {@code kind: List} contributes its items.
 *
 * <p>Only plain kustomizations are understood (apiVersion, kind, metadata, resources, sortOptions):
 * anything that would make kustomize change the objects (patches, generators, namePrefix...) is
 * refused, since applying the files as written would then be wrong.
 */
public final class TreeReader {
  static final List<String> KUSTOMIZATION_FILES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");
  private static final Set<String> PLAIN_KUSTOMIZATION_KEYS =
      Set.of("apiVersion", "kind", "metadata", "resources", "sortOptions");

  private TreeReader() {}

  /** The objects under {@code path} (a directory or a single file), in tree order. */
  public static List<GenericKubernetesResource> read(Path path) {
    if (!Files.exists(path)) {
      throw new InputException("no such file or directory: " + path);
    }
    List<GenericKubernetesResource> objects = new ArrayList<>();
    if (Files.isDirectory(path)) {
      readFolder(path, objects);
    } else {
      readFile(path, objects);
    }
    return objects;
  }

  private static void readFolder(Path folder, List<GenericKubernetesResource> into) {
    Path kustomization = kustomization(folder);
    if (kustomization != null) {
      for (Path resource : resources(kustomization)) {
        if (Files.isDirectory(resource)) {
          readFolder(resource, into);
        } else {
          readFile(resource, into);
        }
      }
      return;
    }
    for (Path entry : list(folder)) {
      String name = entry.getFileName().toString();
      if (Files.isDirectory(entry)) {
        if (!name.startsWith(".") && !name.equals("target")) {
          readFolder(entry, into);
        }
      } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        readFile(entry, into);
      }
    }
  }

  private static Path kustomization(Path folder) {
    for (String name : KUSTOMIZATION_FILES) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    return null;
  }

  /** The kustomization's resources as paths, checked to exist. */
  private static List<Path> resources(Path kustomization) {
    List<JsonNode> documents = documents(kustomization);
    JsonNode root = documents.isEmpty() ? Serialization.jsonMapper().nullNode() : documents.get(0);
    for (String key : root.propertyNames()) {
      if (!PLAIN_KUSTOMIZATION_KEYS.contains(key)) {
        throw new InputException(
            kustomization
                + ": '"
                + key
                + "' is not supported (only resources are read); run kustomize build and apply"
                + " its output instead");
      }
    }
    List<Path> paths = new ArrayList<>();
    for (JsonNode entry : root.path("resources")) {
      String text = entry.asString();
      Path resource = kustomization.getParent().resolve(text).normalize();
      if (text.contains("://") || !Files.exists(resource)) {
        throw new InputException(
            kustomization + ": resource '" + text + "' is not a file or folder here");
      }
      paths.add(resource);
    }
    return paths;
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new InputException("cannot read " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void readFile(Path file, List<GenericKubernetesResource> into) {
    List<JsonNode> documents = documents(file);
    for (int i = 0; i < documents.size(); i++) {
      JsonNode document = documents.get(i);
      String where = file + " (document " + (i + 1) + ")";
      if ("List".equals(document.path("kind").asString("")) && document.path("items").isArray()) {
        for (JsonNode item : document.path("items")) {
          into.add(object(item, where));
        }
      } else {
        into.add(object(document, where));
      }
    }
  }

  private static GenericKubernetesResource object(JsonNode document, String where) {
    for (String field : List.of("apiVersion", "kind")) {
      if (!document.path(field).isString() || document.path(field).asString().isEmpty()) {
        throw new InputException(where + ": no " + field);
      }
    }
    if (!document.path("metadata").path("name").isString()) {
      throw new InputException(where + ": no metadata.name");
    }
    try {
      return Serialization.jsonMapper().treeToValue(document, GenericKubernetesResource.class);
    } catch (JacksonException e) {
      throw new InputException(where + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The non-empty documents of a YAML file. */
  public static List<JsonNode> documents(Path file) {
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it =
        Serialization.yamlMapper().readerFor(JsonNode.class).readValues(Files.readString(file))) {
      while (it.hasNextValue()) {
        JsonNode document = it.nextValue();
        if (document != null && document.isObject() && !document.isEmpty()) {
          documents.add(document);
        } else if (document != null && !document.isNull() && !document.isMissingNode()) {
          throw new InputException(file + ": a document is not a mapping");
        }
      }
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (JacksonException e) {
      throw new InputException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    return documents;
  }
}

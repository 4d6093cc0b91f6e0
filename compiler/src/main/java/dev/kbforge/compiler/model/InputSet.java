package dev.kbforge.compiler.model;

import dev.kbforge.compiler.source.SourceDocument;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every recognised document of one run, grouped by kind. Definitions and clusters are checked
 * together: a Cluster is resolved against the definitions found in the same set.
 */
public final class InputSet {
  private final Map<Kind, List<SourceDocument>> byKind = new EnumMap<>(Kind.class);
  private final Map<Kind, Map<String, SourceDocument>> byName = new EnumMap<>(Kind.class);
  private final List<PlainObject> plain = new ArrayList<>();
  private final List<PlainObject> allPlain = new ArrayList<>();
  private TemplateSources templates = TemplateSources.NONE;
  private final Map<Class<?>, Object> derived = new HashMap<>();

  /**
   * Data derived from the whole set, computed once and shared by every check and phase that asks
   * for it (a definition resolver and the Cluster layouts it memoises, say). Ask only once every
   * document is added.
   */
  public <T> T derived(Class<T> type, Supplier<T> compute) {
    return type.cast(derived.computeIfAbsent(type, t -> compute.get()));
  }

  /** The addons' file-template folders read with the documents. */
  public TemplateSources templates() {
    return templates;
  }

  public void setTemplates(TemplateSources templates) {
    this.templates = templates;
  }

  /**
   * Adds a document. Only {@code valid} documents (no schema errors) are visited by checks, but
   * every document can be found by name, so a reference to a broken definition is not reported a
   * second time as missing.
   */
  public void add(Kind kind, SourceDocument doc, boolean valid) {
    if (valid) {
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(doc);
    }
    byName.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(doc.name(), doc);
  }

  /**
   * Documents of a kind that passed their schema, in input order (files sorted by path, documents
   * in file order).
   */
  public List<SourceDocument> of(Kind kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  /** The first document of a kind with that {@code metadata.name}. */
  public Optional<SourceDocument> named(Kind kind, String name) {
    return Optional.ofNullable(byName.getOrDefault(kind, Map.of()).get(name));
  }

  /** Names of every document of a kind, in input order. */
  public List<String> names(Kind kind) {
    return List.copyOf(byName.getOrDefault(kind, Map.of()).keySet());
  }

  /**
   * Adds a plain Kubernetes document; only {@code valid} ones are passed through, but every one
   * counts as present for the references to it (as with {@link #add}).
   */
  public void addPlain(PlainObject object, boolean valid) {
    if (valid) {
      plain.add(object);
    }
    allPlain.add(object);
  }

  /**
   * The plain Kubernetes documents (Secrets included) that passed their checks, in input order.
   * ConfigMaps are not among them: they are {@link Kind#CONFIG_MAP} documents.
   */
  public List<PlainObject> plain() {
    return List.copyOf(plain);
  }

  /** Every plain Kubernetes document, with errors or not, in input order. */
  public List<PlainObject> allPlain() {
    return List.copyOf(allPlain);
  }

  public int size() {
    return byKind.values().stream().mapToInt(List::size).sum();
  }
}

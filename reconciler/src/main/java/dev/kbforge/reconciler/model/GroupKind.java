package dev.kbforge.reconciler.model;

/**
 * A kind and its API group ({@code ""} for the core group), printed the way ApplySet's {@code
 * contains-group-kinds} annotation lists them: {@code Kind} for the core group, else {@code
 * Kind.group}.
 */
public record GroupKind(String group, String kind) implements Comparable<GroupKind> {
  /** Parses {@code Kind} or {@code Kind.group} (the group may hold dots; the kind never does). */
  public static GroupKind parse(String text) {
    int dot = text.indexOf('.');
    return dot < 0
        ? new GroupKind("", text)
        : new GroupKind(text.substring(dot + 1), text.substring(0, dot));
  }

  @Override
  public String toString() {
    return group.isEmpty() ? kind : kind + "." + group;
  }

  @Override
  public int compareTo(GroupKind other) {
    return toString().compareTo(other.toString());
  }
}

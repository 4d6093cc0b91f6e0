package dev.kbforge.reconciler.model;

/** The server-side apply field manager kbforge writes as. */
public final class FieldManager {
  public static final String NAME = "kbforge";

  private FieldManager() {}
}

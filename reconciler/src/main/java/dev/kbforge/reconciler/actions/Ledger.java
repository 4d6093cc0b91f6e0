package dev.kbforge.reconciler.actions;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What lifecycle actions have run, per component, so that a re-run or a crash never repeats a
 * once-only action. Kept in the cluster ({@link LedgerStore}) as one JSON value per component:
 * {@code {"postProvision": true, "accounts": ["kbadmin"], "members": 3}}.
 *
 * @param postProvision whether postProvision has run
 * @param accounts the accounts accountProvision has created
 * @param members how many pods are members of the group (-1: not recorded yet): memberJoin has run
 *     for every ordinal below it, memberLeave for none
 */
public record Ledger(boolean postProvision, Set<String> accounts, int members) {
  public static final Ledger EMPTY = new Ledger(false, Set.of(), -1);

  public Ledger {
    accounts = java.util.Collections.unmodifiableSet(new TreeSet<>(accounts));
  }

  public Ledger withPostProvision() {
    return new Ledger(true, accounts, members);
  }

  public Ledger withAccount(String account) {
    Set<String> more = new TreeSet<>(accounts);
    more.add(account);
    return new Ledger(postProvision, more, members);
  }

  public Ledger withMembers(int count) {
    return new Ledger(postProvision, accounts, count);
  }

  String toJson() {
    ObjectNode json = Serialization.jsonMapper().createObjectNode();
    json.put("postProvision", postProvision);
    accounts.forEach(json.putArray("accounts")::add);
    json.put("members", members);
    return json.toString();
  }

  static Ledger parse(String text) {
    try {
      JsonNode json = Serialization.jsonMapper().readTree(text);
      Set<String> accounts = new TreeSet<>();
      json.path("accounts").forEach(a -> accounts.add(a.asString("")));
      return new Ledger(
          json.path("postProvision").asBoolean(false), accounts, json.path("members").asInt(-1));
    } catch (JacksonException | NullPointerException e) {
      return EMPTY; // unreadable: as if nothing ran (actions are safe to repeat, if not cheap)
    }
  }

  /** The ledgers in a ConfigMap's data, by component key. */
  static Map<String, Ledger> parseAll(Map<String, String> data) {
    Map<String, Ledger> all = new TreeMap<>();
    if (data != null) {
      data.forEach((k, v) -> all.put(k, parse(v)));
    }
    return all;
  }
}

package dev.kbforge.compiler.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code $(VAR)} expansion and delivery (reference section 6.5), KubeBlocks' rules:
 *
 * <ul>
 *   <li>{@code $(NAME)} in a plain var is replaced by the value of plain var NAME (as resolved, not
 *       itself expanded); {@code $$(X)} becomes the literal {@code $(X)}; an unknown name stays;
 *   <li>for the env, a reference to a credential (or other Secret/ConfigMap) var that makes up the
 *       whole value becomes that var's {@code valueFrom}; inside a longer value it stays {@code
 *       $(NAME)}. Templates never see credentials: there such references always stay;
 *   <li>a var with neither {@code valueFrom} nor a remaining {@code $(...)} goes into the env
 *       ConfigMap; the others, then the references, are prepended to every container's env.
 * </ul>
 */
final class VarExpansion {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\(([^)]+)\\)");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,18})");

  private VarExpansion() {}

  static ResolvedVars expand(RawVars vars) {
    Map<String, RawVar> plain = byName(vars.plain());
    Map<String, RawVar> references = byName(vars.references());
    List<RawVar> delivered = new ArrayList<>();
    Map<String, Object> templateContext = new LinkedHashMap<>();
    for (RawVar v : vars.plain()) {
      delivered.add(expand(v, plain, references, true));
      templateContext.put(v.name(), scalar(expand(v, plain, references, false).value()));
    }
    delivered.addAll(vars.references());
    Map<String, String> data = new LinkedHashMap<>();
    List<JsonNode> env = new ArrayList<>();
    for (RawVar v : delivered) {
      if (!v.isReference() && !REFERENCE.matcher(v.value()).find()) {
        data.put(v.name(), v.value());
      } else {
        env.add(envVar(v));
      }
    }
    return new ResolvedVars(data, env, templateContext);
  }

  /** One var with its {@code $(...)} references replaced. */
  static RawVar expand(
      RawVar v, Map<String, RawVar> plain, Map<String, RawVar> references, boolean forEnv) {
    if (v.isReference() || v.value().isEmpty()) {
      return v;
    }
    String text = v.value();
    List<Match> matches = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      matches.add(new Match(m.start(), m.end(), m.group(1)));
    }
    if (matches.isEmpty()) {
      return v;
    }
    boolean whole =
        matches.size() == 1 && matches.get(0).start() == 0 && matches.get(0).end() == text.length();
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (Match match : matches) {
      boolean escaped = match.start() > 0 && text.charAt(match.start() - 1) == '$';
      int from = escaped ? match.start() - 1 : match.start();
      out.append(text, pos, from);
      String token = text.substring(match.start(), match.end());
      if (!escaped && plain.containsKey(match.name())) {
        token = plain.get(match.name()).value();
      } else if (!escaped && forEnv && references.containsKey(match.name())) {
        RawVar ref = references.get(match.name());
        if (!ref.isReference()) {
          token = ref.value();
        } else if (whole) {
          return RawVar.reference(v.name(), ref.valueFrom());
        }
      }
      out.append(token);
      pos = match.end();
    }
    out.append(text, pos, text.length());
    return RawVar.value(v.name(), out.toString());
  }

  /** A var's value as templates see it: canonical integers as Long (like TemplateValues.scalar). */
  static Object scalar(String text) {
    if (INTEGER.matcher(text).matches()) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException tooLarge) {
        return text;
      }
    }
    return text;
  }

  private static Map<String, RawVar> byName(List<RawVar> vars) {
    Map<String, RawVar> map = new HashMap<>();
    vars.forEach(v -> map.put(v.name(), v));
    return map;
  }

  private static JsonNode envVar(RawVar v) {
    ObjectNode env = JsonNodeFactory.instance.objectNode();
    env.put("name", v.name());
    if (v.isReference()) {
      env.set("valueFrom", v.valueFrom().deepCopy());
    } else {
      env.put("value", v.value());
    }
    return env;
  }

  private record Match(int start, int end, String name) {}
}

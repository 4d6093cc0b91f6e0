package dev.kbforge.compiler.render;

import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.operator.BinaryOperator;
import io.pebbletemplates.pebble.operator.BinaryOperatorImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts every Pebble extension (the core one included) under the {@link TemplateBudget}: its filters
 * and functions ({@link BoundedCalls}), its looping and nesting tags ({@link BoundedTags}) and its
 * {@code ~} operator ({@link BoundedConcatenate}). Applied by {@link SandboxedPebble} as an
 * extension customizer, so nothing a template can reach escapes it.
 */
final class BoundedExtension extends ExtensionCustomizer {
  BoundedExtension(Extension extension) {
    super(extension);
  }

  @Override
  public Map<String, Filter> getFilters() {
    Map<String, Filter> filters = super.getFilters();
    if (filters == null) {
      return null;
    }
    Map<String, Filter> bounded = new LinkedHashMap<>();
    filters.forEach((name, filter) -> bounded.put(name, BoundedCalls.filter(filter)));
    return bounded;
  }

  @Override
  public Map<String, Function> getFunctions() {
    Map<String, Function> functions = super.getFunctions();
    if (functions == null) {
      return null;
    }
    Map<String, Function> bounded = new LinkedHashMap<>();
    functions.forEach((name, f) -> bounded.put(name, BoundedCalls.function(name, f)));
    return bounded;
  }

  @Override
  public List<TokenParser> getTokenParsers() {
    List<TokenParser> parsers = super.getTokenParsers();
    return parsers == null ? null : parsers.stream().map(BoundedTags::bounded).toList();
  }

  @Override
  public List<BinaryOperator> getBinaryOperators() {
    List<BinaryOperator> operators = super.getBinaryOperators();
    return operators == null ? null : operators.stream().map(BoundedExtension::bounded).toList();
  }

  private static BinaryOperator bounded(BinaryOperator operator) {
    if (!operator.getSymbol().equals("~")) {
      return operator;
    }
    return new BinaryOperatorImpl(
        operator.getSymbol(),
        operator.getPrecedence(),
        BoundedConcatenate::new,
        operator.getType(),
        operator.getAssociativity());
  }
}

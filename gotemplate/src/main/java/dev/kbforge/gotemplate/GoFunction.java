package dev.kbforge.gotemplate;

import java.util.List;

/**
 * A template function with its Go signature. Arguments arrive already checked and converted against
 * {@link #params()} and {@link #variadic()} the way Go's reflection call does; values are the
 * engine's Go value model (see {@link GoValues}).
 *
 * @param params the fixed parameters
 * @param variadic the element type of a trailing {@code ...} parameter, or null
 * @param body the implementation
 */
public record GoFunction(List<ArgType> params, ArgType variadic, Body body) {
  /** The implementation; a {@link FunctionException} is Go's error result. */
  @FunctionalInterface
  public interface Body {
    Object call(List<Object> args) throws FunctionException;
  }

  public GoFunction {
    params = List.copyOf(params);
  }

  public static GoFunction of(Body body, ArgType... params) {
    return new GoFunction(List.of(params), null, body);
  }

  public static GoFunction variadic(Body body, ArgType variadic, ArgType... fixed) {
    return new GoFunction(List.of(fixed), variadic, body);
  }
}

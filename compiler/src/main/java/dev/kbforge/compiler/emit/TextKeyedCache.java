package dev.kbforge.compiler.emit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A memo for work done on large texts that repeat from Cluster to Cluster (the scripts of an
 * addon): keyed by the texts themselves (immutable strings, never a mutable node), bounded by the
 * characters its keys hold, not by their count, so texts that differ in every Cluster cannot pile
 * up: a key over a quarter of the budget is not kept, and when the budget is spent the memo starts
 * over. Thread-safe; two threads computing the same key at once both compute (the values are
 * equal), and the budget may be overshot by what they add meanwhile.
 *
 * @param <V> the value kept per key
 */
public final class TextKeyedCache<V> {
  /** Texts shorter than this together are cheaper to work on again than to look up. */
  public static final int MIN_CHARS = 4096;

  private final long maxChars;
  private final Map<List<String>, V> entries = new ConcurrentHashMap<>();
  private final AtomicLong chars = new AtomicLong();

  /** A memo whose keys hold at most {@code maxChars} characters together. */
  public TextKeyedCache(long maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * The value of {@code key} (texts holding {@code keyChars} characters): kept, or else computed by
   * {@code compute} and kept when it fits.
   */
  public V get(List<String> key, long keyChars, Supplier<V> compute) {
    V known = entries.get(key);
    if (known != null) {
      return known;
    }
    V value = compute.get();
    if (keyChars <= maxChars / 4) {
      if (chars.addAndGet(keyChars) > maxChars) {
        entries.clear();
        chars.set(keyChars);
      }
      entries.put(key, value);
    }
    return value;
  }

  /** Keys kept now. */
  public int size() {
    return entries.size();
  }

  /** Characters the kept keys hold (about: see the class comment). */
  public long chars() {
    return chars.get();
  }
}

package dev.kbforge.compiler.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The config checksum, small file sets hashed each time and large ones kept: both must give the
 * SHA-256 an independent tool gives (the expected sums are Python hashlib's over name, NUL,
 * content, NUL in name order).
 */
class ChecksumsTest {
  private static final String SCRIPT = "echo hello from a long script\n".repeat(200);

  private static SortedMap<String, String> files(String... namesAndTexts) {
    SortedMap<String, String> files = new TreeMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      files.put(namesAndTexts[i], namesAndTexts[i + 1]);
    }
    return files;
  }

  @Test
  void aSmallSetIsItsSha256() {
    assertEquals(
        "094886e1618ccd1854629aa72f1a614fb8cf4ec1bbacbb2d630af7a90b30d053",
        Checksums.of(files("a.conf", "x=1\n")));
  }

  @Test
  void aLargeSetIsItsSha256FirstAndAgain() {
    String expected = "952b9717f9086977377df6ef6b211e2c6e00940c20522713d3a50080b086c8fc";
    assertEquals(expected, Checksums.of(files("start.sh", SCRIPT, "b.sh", "exit 0\n")));
    // built anew, as the next Cluster's render would: the kept sum
    assertEquals(expected, Checksums.of(files("b.sh", "exit 0\n", "start.sh", new String(SCRIPT))));
  }

  @Test
  void aKeptSumIsNotGivenToAnotherContentOrName() {
    String first = Checksums.of(files("start.sh", SCRIPT, "b.sh", "exit 0\n"));
    assertNotEquals(first, Checksums.of(files("start.sh", SCRIPT, "b.sh", "exit 1\n")));
    assertNotEquals(first, Checksums.of(files("run.sh", SCRIPT, "b.sh", "exit 0\n")));
  }
}

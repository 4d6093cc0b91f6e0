package dev.kbforge.reconciler.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Deciding labels without a cluster. */
class RoleDecisionTest {
  final Pods listener = new Pods();
  final RoleWorkload redis = Pods.redis("redis", 1);
  final Map<String, ProbeOutput.Role> answers = new LinkedHashMap<>();

  static ProbeOutput.Role role(String name) {
    return new ProbeOutput.Role(name, OptionalLong.empty());
  }

  Map<String, String> decide(Pod... pods) {
    return RoleDecision.decide(redis, List.of(pods), answers, listener);
  }

  @Test
  void onATieTheExclusiveRoleStaysWhereItIs() {
    answers.put("redis-0", role("primary"));
    answers.put("redis-1", role("primary"));
    Map<String, String> expected = new HashMap<>();
    expected.put("redis-0", null);
    expected.put("redis-1", "primary");

    assertEquals(
        expected,
        decide(
            Pods.pod("redis-0", "redis", true, null),
            Pods.pod("redis-1", "redis", true, "primary")));
    assertEquals(1, listener.warnings.size());
  }

  @Test
  void onATieWithoutHolderTheFirstPodWins() {
    answers.put("redis-0", role("primary"));
    answers.put("redis-1", role("primary"));
    Map<String, String> expected = new HashMap<>();
    expected.put("redis-0", "primary");
    expected.put("redis-1", null);
    assertEquals(
        expected,
        decide(Pods.pod("redis-0", "redis", true, null), Pods.pod("redis-1", "redis", true, null)));
  }

  @Test
  void aFormerHolderThatReportsAnotherRoleGetsThatRole() {
    answers.put("redis-0", role("secondary"));
    answers.put("redis-1", role("primary"));
    assertEquals(
        Map.of("redis-0", "secondary", "redis-1", "primary"),
        decide(
            Pods.pod("redis-0", "redis", true, "primary"),
            Pods.pod("redis-1", "redis", true, "secondary")));
  }

  @Test
  void withoutAClaimantTheHolderKeepsAnExclusiveRole() {
    answers.put("redis-1", role("secondary"));
    assertEquals(
        Map.of("redis-1", "secondary"),
        decide(
            Pods.pod("redis-0", "redis", false, "primary"),
            Pods.pod("redis-1", "redis", true, null)));
  }
}

package com.harufilm.bootstrap.api.reliability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The FCM stand-in's log against the notices the API recorded: every notice went to every device
 * of its user, once (or, where the scenario explains it, again under the same collapse key), and
 * nothing went out that no notice asked for.
 */
final class PushAccount {

    private final StackUnderTest stack;
    private final List<String> violations;
    private final Map<String, Long> judged;
    private int repeats;

    /** {@code judged}: the repeats earlier scenarios' accountants already judged, by push, with their count then; updated here. */
    PushAccount(StackUnderTest stack, List<String> violations, Map<String, Long> judged) {
        this.stack = stack;
        this.violations = violations;
        this.judged = judged;
    }

    /** Checks the deliveries and returns how many were counted. */
    int check(Scenario scenario) throws Exception {
        List<FcmStandIn.Delivery> deliveries = stack.fcm().deliveries();
        Map<String, Long> sent = deliveries.stream()
                .collect(Collectors.groupingBy(d -> d.collapseKey() + " to " + d.token(), Collectors.counting()));
        Map<Long, List<String>> devices = stack.query("SELECT user_id, fcm_token FROM devices").stream().collect(Collectors.groupingBy(
                row -> ((Number) row.get("user_id")).longValue(), Collectors.mapping(row -> (String) row.get("fcm_token"), Collectors.toList())));
        Map<String, Long> expected = new HashMap<>();
        for (Map<String, Object> notice : stack.query("SELECT user_id, dedupe_key, sent_at FROM notification_log")) {
            for (String token : devices.getOrDefault(((Number) notice.get("user_id")).longValue(), List.of())) {
                expected.put(notice.get("dedupe_key") + " to " + token, 1L);
            }
        }
        expected.forEach((push, once) -> {
            long count = sent.getOrDefault(push, 0L);
            if (count == 0) {
                violations.add("push " + push + " was never sent");
            } else if (count > 1 && count != judged.getOrDefault(push, 0L)) {
                repeats++;
                judged.put(push, count);
                if (!scenario.explainsRepeatedPushes()) {
                    violations.add("push " + push + " was sent " + count + " times");
                }
            }
        });
        sent.keySet().stream().filter(push -> !expected.containsKey(push))
                .forEach(push -> violations.add("push " + push + " was sent but no notice asked for it"));
        return deliveries.size();
    }

    /** Events that reached a device more than once (explained, or already a violation). */
    int repeats() {
        return repeats;
    }
}

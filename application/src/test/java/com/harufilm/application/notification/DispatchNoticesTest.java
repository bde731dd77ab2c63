package com.harufilm.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.fakes.InMemoryNotificationLog;
import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.fakes.SimpleFakes.InMemoryDevices;
import com.harufilm.application.port.out.NotificationLog.NewNotice;
import com.harufilm.application.port.out.PushSender;
import com.harufilm.application.port.out.PushSender.Outcome;
import com.harufilm.application.port.out.PushSender.PushMessage;
import com.harufilm.application.port.out.PushSender.PushResult;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rounds of the dispatcher against a push service whose answer per token the test decides, on a clock it moves. */
class DispatchNoticesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));
    private final InMemoryDevices devices = new InMemoryDevices();
    private final InMemoryNotificationLog log = new InMemoryNotificationLog(devices);
    private final UserId mina = new UserId(1);
    /** What the push service answers for a token; SENT unless set. */
    private final Map<String, Outcome> answers = new HashMap<>();
    /** The tokens of each call to the push service. */
    private final List<List<String>> calls = new ArrayList<>();
    private final PushSender fcm = messages -> {
        calls.add(messages.stream().map(PushMessage::token).toList());
        return messages.stream().map(m -> new PushResult(m.token(), answers.getOrDefault(m.token(), Outcome.SENT))).toList();
    };
    private final DispatchNotices dispatch = new DispatchNotices(log, devices, fcm, clock);

    private void notice(String key, String... tokens) {
        for (String token : tokens) {
            devices.register(mina, token, Platform.ANDROID, clock.instant());
        }
        log.record(List.of(new NewNotice(mina, key, "ENCODING_COMPLETED", "title", "body", Map.of())), clock.instant());
    }

    private List<String> roundAfter(Duration wait) {
        clock.advance(wait);
        int before = calls.size();
        dispatch.dispatch(() -> true);
        return calls.size() == before ? List.of() : calls.getLast();
    }

    @Test
    void aPartialFailureRetriesOnlyTheDevicesThatDidNotGetIt() {
        notice("encoded:1", "phone", "tablet", "watch");
        answers.put("tablet", Outcome.FAILED);

        assertEquals(List.of("phone", "tablet", "watch"), roundAfter(Duration.ZERO));
        answers.clear();

        assertEquals(List.of("tablet"), roundAfter(DispatchNotices.RETRY.base()));
        assertEquals(List.of(), roundAfter(Duration.ofHours(2)), "every device has it: sent");
        assertEquals(1, log.sent.size());
    }

    @Test
    void aFailedNoticeIsNotDueBeforeItsBackoffWhichDoubles() {
        notice("encoded:1", "phone");
        answers.put("phone", Outcome.FAILED);
        roundAfter(Duration.ZERO);

        assertEquals(List.of(), roundAfter(Duration.ofSeconds(9)), "10 s after the first failed round");
        assertEquals(List.of("phone"), roundAfter(Duration.ofSeconds(1)));
        assertEquals(List.of(), roundAfter(Duration.ofSeconds(19)), "20 s after the second");
        assertEquals(List.of("phone"), roundAfter(Duration.ofSeconds(1)));
        assertEquals(List.of(), log.sent.keySet().stream().toList());
    }

    @Test
    void aNoticeStillFailingAnHourAfterItWasRecordedIsGivenUp() {
        notice("encoded:1", "phone", "tablet");
        answers.put("tablet", Outcome.FAILED);
        roundAfter(Duration.ZERO);
        int rounds = 1;
        while (log.sent.isEmpty()) {
            roundAfter(DispatchNotices.RETRY.cap());
            rounds++;
        }

        assertEquals(13, rounds, "every 5 min until the hour is up");
        assertEquals(List.of(), roundAfter(Duration.ofHours(1)), "not tried again");
        assertEquals(1, calls.stream().filter(tokens -> tokens.contains("phone")).count(), "the phone got it once");
    }

    @Test
    void invalidTokensAreForgottenAndANoticeWithNoDevicesIsDoneAtOnce() {
        notice("encoded:1", "phone", "stale");
        log.record(List.of(new NewNotice(new UserId(2), "encoded:2", "ENCODING_COMPLETED", "title", "body", Map.of())), clock.instant());
        answers.put("stale", Outcome.INVALID_TOKEN);

        assertEquals(List.of("phone", "stale"), roundAfter(Duration.ZERO));

        assertEquals(List.of("phone"), devices.tokensOf(mina));
        assertEquals(2, log.sent.size(), "neither waits for anything");
        assertEquals(List.of(), roundAfter(DispatchNotices.RETRY.cap()));
    }
}

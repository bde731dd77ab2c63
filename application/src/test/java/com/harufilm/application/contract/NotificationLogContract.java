package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.NotificationLog.NewNotice;
import com.harufilm.application.port.out.NotificationLog.PendingNotice;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What NotificationLog promises, run on every database the product supports and on the fake. */
public abstract class NotificationLogContract<P extends ContractPorts> extends PortContract<P> {

    /** How many notices with this key the store holds, sent or not. */
    protected abstract long storedWithKey(String dedupeKey);

    protected NotificationLog log() {
        return ports.notifications();
    }

    /** This test's unsent notices; other tests share the table. */
    protected List<PendingNotice> unsentOf(UserId userId) {
        return log().unsent(1_000).stream().filter(notice -> notice.userId().equals(userId)).toList();
    }

    protected static NewNotice notice(UserId user, String key, String title, Map<String, String> data) {
        return new NewNotice(user, key, "ENCODING_COMPLETED", title, "body", data);
    }

    protected int record(NewNotice... notices) {
        return log().record(List.of(notices), NOW);
    }

    @Test
    void aKeyIsRecordedOnceAndARepeatIsRefused() {
        UserId user = newUser().id();
        String key = unique("encoded:");

        assertEquals(1, record(notice(user, key, "영상 준비 완료", Map.of())));
        assertEquals(0, record(notice(user, key, "again", Map.of())));
        assertEquals(1, record(notice(user, key, "and again", Map.of()), notice(user, unique("other:"), "new", Map.of())));

        assertEquals(1, storedWithKey(key));
        assertEquals("영상 준비 완료", unsentOf(user).getFirst().title());
    }

    @Test
    void unsentNoticesComeOldestFirstWithTheirPayloadAndTheirUsersTokens() {
        UserId user = newUser().id();
        UserId deviceless = newUser().id();
        String phone = unique("fcm-");
        String tablet = unique("fcm-");
        ports.devices().register(user, phone, Platform.ANDROID, NOW);
        ports.devices().register(user, tablet, Platform.IOS, NOW);
        ports.devices().register(newUser().id(), unique("fcm-"), Platform.WEB, NOW);
        String first = unique("reminder:");
        String second = unique("encoded:");
        Map<String, String> data = Map.of("videoId", "42", "date", "2026-03-01", "message", "하루 필름 🎬");
        record(notice(user, first, "오늘 하루는 어땠나요?", Map.of()));
        record(new NewNotice(user, second, "ENCODING_COMPLETED", "영상 준비 완료", "\"따옴표\"와 줄바꿈\n도 그대로", data),
                notice(deviceless, unique("encoded:"), "nobody's phone", Map.of()));

        List<PendingNotice> unsent = unsentOf(user);

        assertEquals(List.of(first, second), unsent.stream().map(PendingNotice::dedupeKey).toList());
        PendingNotice ready = unsent.get(1);
        assertEquals(new PendingNotice(ready.id(), user, second, "ENCODING_COMPLETED", "영상 준비 완료", "\"따옴표\"와 줄바꿈\n도 그대로",
                data, List.of(phone, tablet)), ready);
        assertEquals(Map.of(), unsent.getFirst().data());
        assertEquals(List.of(), unsentOf(deviceless).getFirst().tokens());
    }

    @Test
    void theLimitCountsNoticesNotTokens() {
        UserId user = newUser().id();
        IntStream.range(0, 3).forEach(i -> ports.devices().register(user, unique("fcm-"), Platform.ANDROID, NOW));
        IntStream.range(0, 4).forEach(i -> record(notice(user, unique("encoded:"), "n" + i, Map.of())));
        log().markSent(log().unsent(1_000).stream().filter(n -> !n.userId().equals(user)).map(PendingNotice::id).toList(), NOW);

        List<PendingNotice> two = log().unsent(2);

        assertEquals(List.of("n0", "n1"), two.stream().map(PendingNotice::title).toList());
        assertEquals(List.of(3, 3), two.stream().map(n -> n.tokens().size()).toList());
    }

    @Test
    void sentNoticesAreNoLongerUnsentAndOldSentOnesCanBeForgotten() {
        UserId user = newUser().id();
        String sent = unique("encoded:");
        String waiting = unique("encoded:");
        record(notice(user, sent, "title", Map.of()), notice(user, waiting, "title", Map.of()));

        log().markSent(List.of(unsentOf(user).getFirst().id()), NOW.plusSeconds(1));
        log().markSent(List.of(), NOW);

        assertEquals(List.of(waiting), unsentOf(user).stream().map(PendingNotice::dedupeKey).toList());
        assertEquals(0, log().forgetSentBefore(NOW, 100), "sent after NOW");
        log().forgetSentBefore(NOW.plus(Duration.ofDays(1)), 100_000);
        assertEquals(0, storedWithKey(sent));
        assertEquals(1, storedWithKey(waiting), "unsent ones stay");
    }

    @Test
    void aRepeatInsideATransactionLeavesItUsable() {
        UserId user = newUser().id();
        String key = unique("encoded:");
        String after = unique("reminder:");
        record(notice(user, key, "title", Map.of()));

        int repeated = ports.transactions().inTransaction(() -> {
            int again = record(notice(user, key, "title", Map.of()));
            record(notice(user, after, "title", Map.of()));
            return again;
        });

        assertEquals(0, repeated);
        assertEquals(List.of(key, after), unsentOf(user).stream().map(PendingNotice::dedupeKey).toList());
    }
}

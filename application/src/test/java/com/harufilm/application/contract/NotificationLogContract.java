package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.NotificationLog.NewNotice;
import com.harufilm.application.port.out.NotificationLog.PendingNotice;
import com.harufilm.application.port.out.NotificationLog.Retry;
import com.harufilm.domain.user.Platform;
import com.harufilm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What NotificationLog promises, run on every database the product supports and on the fake. */
public abstract class NotificationLogContract<P extends ContractPorts> extends PortContract<P> {

    /** How many notices with this key the store holds, sent or not. */
    protected abstract long storedWithKey(String dedupeKey);

    protected NotificationLog log() {
        return ports.notifications();
    }

    /** This test's notices due at {@code now} (all unsent ones, unless a round put them off); other tests share the table. */
    protected List<PendingNotice> dueOf(UserId userId, Instant now) {
        return log().due(now, 1_000).stream().filter(notice -> notice.userId().equals(userId)).toList();
    }

    protected List<PendingNotice> dueNowOf(UserId userId) {
        return dueOf(userId, NOW);
    }

    /** A new user with two devices, registered phone first. */
    protected record PhoneAndTablet(UserId id, String phone, String tablet) {
    }

    protected PhoneAndTablet userWithPhoneAndTablet() {
        var user = new PhoneAndTablet(newUser().id(), unique("fcm-"), unique("fcm-"));
        ports.devices().register(user.id(), user.phone(), Platform.ANDROID, NOW);
        ports.devices().register(user.id(), user.tablet(), Platform.IOS, NOW);
        return user;
    }

    /** Records one notice for {@code user} and answers its id. */
    protected long recordOne(UserId user, String key) {
        record(notice(user, key, "title", Map.of()));
        return dueNowOf(user).stream().filter(n -> n.dedupeKey().equals(key)).findFirst().orElseThrow().id();
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
        assertEquals("영상 준비 완료", dueNowOf(user).getFirst().title());
    }

    @Test
    void aBatchAnswersHowManyOfItsNoticesWereNew() {
        UserId user = newUser().id();
        List<String> known = IntStream.range(0, 3).mapToObj(i -> unique("reminder:")).toList();
        List<String> fresh = IntStream.range(0, 3).mapToObj(i -> unique("reminder:")).toList();
        assertEquals(3, log().record(known.stream().map(key -> notice(user, key, "first", Map.of())).toList(), NOW));

        // More rows than a driver sends one by one, repeats among the new ones, and a new key twice.
        List<String> again = List.of(known.get(0), fresh.get(0), known.get(1), fresh.get(1), fresh.get(1), known.get(2), fresh.get(2));
        assertEquals(3, log().record(again.stream().map(key -> notice(user, key, "again", Map.of())).toList(), NOW));

        List<PendingNotice> stored = dueNowOf(user);
        assertEquals(Stream.concat(known.stream(), fresh.stream()).toList(), stored.stream().map(PendingNotice::dedupeKey).toList());
        assertEquals(List.of("first", "first", "first", "again", "again", "again"), stored.stream().map(PendingNotice::title).toList());
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

        List<PendingNotice> unsent = dueNowOf(user);

        assertEquals(List.of(first, second), unsent.stream().map(PendingNotice::dedupeKey).toList());
        PendingNotice ready = unsent.get(1);
        assertEquals(new PendingNotice(ready.id(), user, second, "ENCODING_COMPLETED", "영상 준비 완료", "\"따옴표\"와 줄바꿈\n도 그대로",
                data, List.of(phone, tablet), 0, ready.createdAt()), ready);
        assertSameSecond(NOW, ready.createdAt());
        assertEquals(Map.of(), unsent.getFirst().data());
        assertEquals(List.of(), dueNowOf(deviceless).getFirst().tokens());
    }

    @Test
    void theLimitCountsNoticesNotTokens() {
        UserId user = newUser().id();
        IntStream.range(0, 3).forEach(i -> ports.devices().register(user, unique("fcm-"), Platform.ANDROID, NOW));
        IntStream.range(0, 4).forEach(i -> record(notice(user, unique("encoded:"), "n" + i, Map.of())));
        log().markSent(log().due(NOW, 1_000).stream().filter(n -> !n.userId().equals(user)).map(PendingNotice::id).toList(), NOW);

        List<PendingNotice> two = log().due(NOW, 2);

        assertEquals(List.of("n0", "n1"), two.stream().map(PendingNotice::title).toList());
        assertEquals(List.of(3, 3), two.stream().map(n -> n.tokens().size()).toList());
    }

    @Test
    void sentNoticesAreNoLongerUnsentAndOldSentOnesCanBeForgotten() {
        UserId user = newUser().id();
        String sent = unique("encoded:");
        String waiting = unique("encoded:");
        record(notice(user, sent, "title", Map.of()), notice(user, waiting, "title", Map.of()));

        log().markSent(List.of(dueNowOf(user).getFirst().id()), NOW.plusSeconds(1));
        log().markSent(List.of(), NOW);

        assertEquals(List.of(waiting), dueNowOf(user).stream().map(PendingNotice::dedupeKey).toList());
        assertEquals(0, log().forgetFinishedBefore(NOW, 100), "sent after NOW");
        log().forgetFinishedBefore(NOW.plus(Duration.ofDays(1)), 100_000);
        assertEquals(0, storedWithKey(sent));
        assertEquals(1, storedWithKey(waiting), "unsent ones stay");
    }

    @Test
    void aRetriedNoticeIsDueAtItsTimeForTheDevicesItHasNotReached() {
        PhoneAndTablet user = userWithPhoneAndTablet();
        String key = unique("encoded:");
        long id = recordOne(user.id(), key);

        log().retryAt(List.of(new Retry(id, List.of(user.phone()), NOW.plusSeconds(10))));

        assertEquals(List.of(), dueOf(user.id(), NOW.plusSeconds(9)), "not before its time");
        PendingNotice again = dueOf(user.id(), NOW.plusSeconds(10)).getFirst();
        assertEquals(List.of(user.tablet()), again.tokens(), "only the device it has not reached");
        assertEquals(1, again.attempts());
        assertEquals(key, again.dedupeKey());

        String watch = unique("fcm-");
        ports.devices().register(user.id(), watch, Platform.ANDROID, NOW.plusSeconds(20));
        log().retryAt(List.of(new Retry(id, List.of(user.phone()), NOW.plusSeconds(30))));

        PendingNotice third = dueOf(user.id(), NOW.plusSeconds(30)).getFirst();
        assertEquals(List.of(user.tablet(), watch), third.tokens(), "a device registered meanwhile is one of the user's");
        assertEquals(2, third.attempts());
    }

    @Test
    void aWaitingNoticeWhoseOtherDevicesAreGoneComesWithNoTokens() {
        PhoneAndTablet user = userWithPhoneAndTablet();
        long id = recordOne(user.id(), unique("encoded:"));

        log().retryAt(List.of(new Retry(id, List.of(user.phone()), NOW)));
        ports.devices().forget(List.of(user.tablet()));

        assertEquals(List.of(), dueNowOf(user.id()).getFirst().tokens());
    }

    @Test
    void aNoticeThatWaitedIsSentAndForgottenLikeAnyOther() {
        PhoneAndTablet user = userWithPhoneAndTablet();
        String key = unique("encoded:");
        long id = recordOne(user.id(), key);
        log().retryAt(List.of(new Retry(id, List.of(user.phone()), NOW)));
        log().retryAt(List.of());

        log().markSent(List.of(id), NOW);

        assertEquals(List.of(), dueOf(user.id(), NOW.plusSeconds(60)));
        log().forgetFinishedBefore(NOW.plusSeconds(1), 100_000);
        assertEquals(0, storedWithKey(key));
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
        assertEquals(List.of(key, after), dueNowOf(user).stream().map(PendingNotice::dedupeKey).toList());
    }
}

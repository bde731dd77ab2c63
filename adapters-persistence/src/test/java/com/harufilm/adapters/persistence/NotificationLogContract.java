package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.NotificationLog.PendingNotice;
import com.harufilm.domain.user.UserId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What NotificationLog promises, run against every database the product supports. */
abstract class NotificationLogContract extends PersistenceContract {

    private NotificationLog log() {
        return adapters.notifications();
    }

    /** This test's unsent notices; other tests share the table. */
    private List<PendingNotice> unsentOf(UserId userId) {
        return log().unsent(1_000).stream().filter(notice -> notice.userId().equals(userId)).toList();
    }

    @Test
    void aKeyIsRecordedOnceAndARepeatIsRefused() {
        UserId user = newUser().id();
        String key = unique("encoded:");

        assertTrue(log().record(user, key, "VIDEO_READY", "영상 준비 완료", "오늘의 영상이 준비됐어요", Map.of(), NOW));
        assertFalse(log().record(user, key, "VIDEO_READY", "again", "again", Map.of(), NOW.plusSeconds(5)));

        assertEquals(1, count("SELECT COUNT(*) FROM notification_log WHERE dedupe_key = ?", key));
        assertEquals("영상 준비 완료", unsentOf(user).getFirst().title());
    }

    @Test
    void unsentNoticesComeOldestFirstWithTheirPayload() {
        UserId user = newUser().id();
        String first = unique("reminder:");
        String second = unique("encoded:");
        Map<String, String> data = Map.of("videoId", "42", "date", "2026-03-01", "message", "하루 필름 🎬");
        log().record(user, first, "REMINDER", "오늘 하루는 어땠나요?", "1초 영상을 남겨 보세요", Map.of(), NOW);
        log().record(user, second, "VIDEO_READY", "영상 준비 완료", "\"따옴표\"와 줄바꿈\n도 그대로", data, NOW);

        List<PendingNotice> unsent = unsentOf(user);

        assertEquals(List.of(first, second), unsent.stream().map(PendingNotice::dedupeKey).toList());
        PendingNotice ready = unsent.get(1);
        assertEquals(new PendingNotice(ready.id(), user, second, "VIDEO_READY", "영상 준비 완료", "\"따옴표\"와 줄바꿈\n도 그대로", data),
                ready);
        assertEquals(Map.of(), unsent.getFirst().data());
    }

    @Test
    void aSentNoticeIsNoLongerUnsent() {
        UserId user = newUser().id();
        String key = unique("encoded:");
        log().record(user, key, "VIDEO_READY", "title", "body", Map.of(), NOW);

        log().markSent(unsentOf(user).getFirst().id(), NOW.plusSeconds(1));

        assertEquals(List.of(), unsentOf(user));
        assertEquals(1, count("SELECT COUNT(*) FROM notification_log WHERE dedupe_key = ? AND sent_at IS NOT NULL", key));
    }

    @Test
    void aNoticeRecordedInATransactionThatFailsIsNotKept() {
        UserId user = newUser().id();
        String key = unique("encoded:");

        assertThrows(IllegalStateException.class, () -> adapters.transactions().inTransaction(() -> {
            log().record(user, key, "VIDEO_READY", "title", "body", Map.of("videoId", "1"), NOW);
            throw new IllegalStateException("the event's own change failed");
        }));

        assertEquals(0, count("SELECT COUNT(*) FROM notification_log WHERE dedupe_key = ?", key));
        assertEquals(List.of(), unsentOf(user));
    }

    @Test
    void aRepeatInsideATransactionLeavesItUsable() {
        UserId user = newUser().id();
        String key = unique("encoded:");
        String after = unique("reminder:");
        log().record(user, key, "VIDEO_READY", "title", "body", Map.of(), NOW);

        boolean repeated = adapters.transactions().inTransaction(() -> {
            boolean again = log().record(user, key, "VIDEO_READY", "title", "body", Map.of(), NOW);
            log().record(user, after, "REMINDER", "title", "body", Map.of(), NOW);
            return again;
        });

        assertFalse(repeated);
        assertEquals(List.of(key, after), unsentOf(user).stream().map(PendingNotice::dedupeKey).toList());
    }
}

package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.contract.NotificationLogContract;
import com.harufilm.application.port.out.NotificationLog.Retry;
import com.harufilm.domain.user.UserId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The NotificationLog contract on a database: its rows, and a transaction that rolls back. */
abstract class JdbiNotificationLogContract extends NotificationLogContract<JdbiPorts> {

    @Override
    protected long storedWithKey(String dedupeKey) {
        return ports.count("SELECT COUNT(*) FROM notification_log WHERE dedupe_key = ?", dedupeKey);
    }

    @Test
    void aNoticeRecordedInATransactionThatFailsIsNotKept() {
        UserId user = newUser().id();
        String key = unique("encoded:");

        assertThrows(IllegalStateException.class, () -> ports.transactions().inTransaction(() -> {
            record(notice(user, key, "title", Map.of("videoId", "1")));
            throw new IllegalStateException("the event's own change failed");
        }));

        assertEquals(0, storedWithKey(key));
        assertEquals(List.of(), dueNowOf(user));
    }

    @Test
    void theDevicesAWaitingNoticeReachedGoWithItOrWithTheDevice() {
        PhoneAndTablet user = userWithPhoneAndTablet();
        String key = unique("encoded:");
        List<Long> ids = List.of(recordOne(user.id(), key), recordOne(user.id(), unique("encoded:")));
        log().retryAt(ids.stream().map(id -> new Retry(id, List.of(user.phone(), user.tablet()), NOW)).toList());
        assertEquals(4, reachedRows(ids));

        ports.devices().forget(List.of(user.tablet()));
        assertEquals(2, reachedRows(ids));
        log().markSent(ids.subList(0, 1), NOW);
        log().forgetFinishedBefore(NOW.plusSeconds(1), 100_000);

        assertEquals(0, storedWithKey(key));
        assertEquals(1, reachedRows(ids));
    }

    private long reachedRows(List<Long> ids) {
        return ids.stream().mapToLong(id -> ports.count("SELECT COUNT(*) FROM notice_deliveries WHERE notice_id = ?", id)).sum();
    }
}

package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.harufilm.application.contract.NotificationLogContract;
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
        assertEquals(List.of(), unsentOf(user));
    }
}

package com.harufilm.application.port.out;

import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Notices to users, each recorded once by its dedupe key before it is sent (in the transaction of
 * the event that causes it), then sent by a dispatcher and marked sent: at most one notice per
 * event, none lost to a crash. The adapter stores {@code data} as JSON.
 */
public interface NotificationLog {

    /** A recorded notice waiting to be sent. */
    record PendingNotice(long id, UserId userId, String dedupeKey, String kind, String title, String body, Map<String, String> data) {
    }

    /** Records the notice unless one with this key exists; false when it did (a repeated event). */
    boolean record(UserId userId, String dedupeKey, String kind, String title, String body, Map<String, String> data, Instant now);

    /** Unsent notices, oldest first. */
    List<PendingNotice> unsent(int limit);

    void markSent(long id, Instant now);
}

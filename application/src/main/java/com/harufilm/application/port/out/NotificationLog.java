package com.harufilm.application.port.out;

import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Notices to users, each recorded once by its dedupe key before it is sent (in the transaction of
 * the event that causes it, or of the reminder tick), then sent by a dispatcher and marked sent:
 * at most one notice per event or reminder day, none lost to a crash. The adapter stores
 * {@code data} as JSON.
 */
public interface NotificationLog extends SentHistory {

    /** A notice to record; {@code dedupeKey} names the event or the user's reminder day. */
    record NewNotice(UserId userId, String dedupeKey, String kind, String title, String body, Map<String, String> data) {
        public NewNotice {
            data = Map.copyOf(data);
        }
    }

    /** A recorded notice waiting to be sent, with the tokens of its user's devices read in the same query. */
    record PendingNotice(long id, UserId userId, String dedupeKey, String kind, String title, String body,
                         Map<String, String> data, List<String> tokens) {
        public PendingNotice {
            data = Map.copyOf(data);
            tokens = List.copyOf(tokens);
        }
    }

    /** Records each notice unless one with its key exists (a repeated event); answers how many were new. */
    int record(List<NewNotice> notices, Instant now);

    /** Unsent notices, oldest first, each with its user's device tokens. */
    List<PendingNotice> unsent(int limit);

    void markSent(List<Long> ids, Instant now);
}

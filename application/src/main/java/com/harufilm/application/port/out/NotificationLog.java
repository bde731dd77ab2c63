package com.harufilm.application.port.out;

import com.harufilm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Notices to users, each recorded once by its dedupe key before it is sent (in the transaction of
 * the event that causes it, or of the reminder tick), then sent by a dispatcher and marked sent:
 * at most one notice per event or reminder day, none lost to a crash. Delivery is kept per
 * device: a notice some devices did not get waits for a later round for those devices only. The
 * adapter stores {@code data} as JSON.
 */
public interface NotificationLog extends FinishedRows {

    /** A notice to record; {@code dedupeKey} names the event or the user's reminder day. */
    record NewNotice(UserId userId, String dedupeKey, String kind, String title, String body, Map<String, String> data) {
        public NewNotice {
            data = Map.copyOf(data);
        }
    }

    /**
     * A recorded notice due to be sent, with the tokens of its user's devices it has not reached
     * yet, read in the same query; {@code attempts} counts the earlier rounds that left a device unreached.
     */
    record PendingNotice(long id, UserId userId, String dedupeKey, String kind, String title, String body,
                         Map<String, String> data, List<String> tokens, int attempts, Instant createdAt) {
        public PendingNotice {
            data = Map.copyOf(data);
            tokens = List.copyOf(tokens);
        }
    }

    /** A round left some devices of notice {@code id} unreached: {@code reached} got it, the rest are tried at {@code nextAttempt}. */
    record Retry(long id, List<String> reached, Instant nextAttempt) {
        public Retry {
            reached = List.copyOf(reached);
        }
    }

    /** Records each notice unless one with its key exists (a repeated event); answers how many were new. */
    int record(List<NewNotice> notices, Instant now);

    /** Unsent notices due by {@code now} (never tried, or their next attempt reached), oldest first. */
    List<PendingNotice> due(Instant now, int limit);

    /** Done with these: every device reached, or given up. */
    void markSent(List<Long> ids, Instant now);

    /** Remembers the devices each notice reached and when to try the others; attempts counts one more round. */
    void retryAt(List<Retry> retries);
}

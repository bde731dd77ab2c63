package com.harufilm.application.notification;

import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.NotificationLog.PendingNotice;
import com.harufilm.application.port.out.NotificationLog.Retry;
import com.harufilm.application.port.out.PushSender;
import com.harufilm.application.port.out.PushSender.Outcome;
import com.harufilm.application.port.out.PushSender.PushMessage;
import com.harufilm.application.port.out.PushSender.PushResult;
import com.harufilm.domain.retry.Backoff;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Sends recorded notices to every device of their user, forgets the tokens the push service
 * rejects, and marks the notices sent. Each round reads a batch of due notices with their tokens
 * in one query and hands all its messages to the sender at once (which sends them 500 a request
 * batch), so 100,000 evening reminders cost a few hundred queries, not one per user. A notice
 * some devices did not get even after the sender's retries (FCM throttling, failing or hanging)
 * is tried again in a later round, with backoff, for those devices only, until it is an hour
 * old. A notice whose send was cut short by a crash goes out again with the same collapse key,
 * so a device shows it once.
 */
public final class DispatchNotices {

    private static final System.Logger log = System.getLogger(DispatchNotices.class.getName());
    static final int BATCH = 500;
    /** Between rounds, on top of the sender's own retries within one: 10 s doubling, at most 5 min apart. */
    static final Backoff RETRY = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5));
    /**
     * A notice still undelivered an hour after it was recorded is given up: the evening reminder
     * is for that evening and an hour late it is noise, and by then the user has likely opened the
     * app and seen the finished video. With the backoff above some 17 rounds fit in the hour, so
     * only an FCM outage about that long loses a push, and that is logged.
     */
    static final Duration GIVE_UP_AFTER = Duration.ofHours(1);

    private final NotificationLog notices;
    private final DeviceRegistry devices;
    private final PushSender sender;
    private final Clock clock;

    public DispatchNotices(NotificationLog notices, DeviceRegistry devices, PushSender sender, Clock clock) {
        this.notices = notices;
        this.devices = devices;
        this.sender = sender;
        this.clock = clock;
    }

    /** Sends what is due, batch after batch while {@code mayGoOn} says so; returns how many notices it sent (or tried). */
    public int dispatch(BooleanSupplier mayGoOn) {
        int sent = 0;
        List<PendingNotice> batch;
        do {
            batch = notices.due(clock.instant(), BATCH);
            if (!batch.isEmpty()) {
                send(batch);
                sent += batch.size();
            }
        } while (batch.size() == BATCH && mayGoOn.getAsBoolean());
        return sent;
    }

    private void send(List<PendingNotice> batch) {
        List<PushMessage> messages = batch.stream()
                .flatMap(notice -> notice.tokens().stream()
                        .map(token -> new PushMessage(token, notice.title(), notice.body(), notice.data(), notice.dedupeKey())))
                .toList();
        List<PushResult> results = messages.isEmpty() ? List.of() : sender.send(messages);
        List<String> invalid = results.stream().filter(r -> r.outcome() == Outcome.INVALID_TOKEN).map(PushResult::token).toList();
        if (!invalid.isEmpty()) {
            devices.forget(invalid);
        }
        settle(batch, results);
    }

    /** Marks sent the notices every device got (or whose time is up); the others wait for a later round. */
    private void settle(List<PendingNotice> batch, List<PushResult> results) {
        Instant now = clock.instant();
        List<Long> done = new ArrayList<>();
        List<Retry> retries = new ArrayList<>();
        int givenUp = 0;
        int lost = 0;
        int waiting = 0;
        int from = 0;
        for (PendingNotice notice : batch) {
            // Results come in the order of the messages, which is the batch's, token by token.
            List<PushResult> own = results.subList(from, from += notice.tokens().size());
            int failed = (int) own.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
            if (failed == 0) {
                done.add(notice.id());
            } else if (!now.isBefore(notice.createdAt().plus(GIVE_UP_AFTER))) {
                done.add(notice.id());
                givenUp++;
                lost += failed;
            } else {
                List<String> reached = own.stream().filter(r -> r.outcome() == Outcome.SENT || r.outcome() == Outcome.LOGGED)
                        .map(PushResult::token).toList();
                retries.add(new Retry(notice.id(), reached, now.plus(RETRY.delay(notice.attempts()))));
                waiting += failed;
            }
        }
        if (!retries.isEmpty()) {
            notices.retryAt(retries);
            log.log(Level.WARNING, "{0} of {1} pushes not delivered after retries; {2} notice(s) try again later",
                    waiting, results.size(), retries.size());
        }
        if (givenUp > 0) {
            log.log(Level.WARNING, "gave up {0} notice(s) undelivered after {1}: {2} push(es) lost", givenUp, GIVE_UP_AFTER, lost);
        }
        notices.markSent(done, now);
    }
}

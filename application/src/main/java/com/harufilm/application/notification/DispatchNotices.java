package com.harufilm.application.notification;

import com.harufilm.application.port.out.DeviceRegistry;
import com.harufilm.application.port.out.NotificationLog;
import com.harufilm.application.port.out.NotificationLog.PendingNotice;
import com.harufilm.application.port.out.PushSender;
import com.harufilm.application.port.out.PushSender.Outcome;
import com.harufilm.application.port.out.PushSender.PushMessage;
import com.harufilm.application.port.out.PushSender.PushResult;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Sends recorded notices to every device of their user, forgets the tokens the push service
 * rejects, and marks the notices sent. Each round reads a batch of notices with their tokens in
 * one query and hands all its messages to the sender at once (which sends them 500 a request
 * batch), so 100,000 evening reminders cost a few hundred queries, not one per user. A notice
 * whose send was cut short by a crash goes out again with the same collapse key, so a device
 * shows it once.
 */
public final class DispatchNotices {

    private static final System.Logger log = System.getLogger(DispatchNotices.class.getName());
    static final int BATCH = 500;

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

    /** Sends what is waiting, batch after batch while {@code mayGoOn} says so; returns how many notices went out. */
    public int dispatch(BooleanSupplier mayGoOn) {
        int sent = 0;
        List<PendingNotice> batch;
        do {
            batch = notices.unsent(BATCH);
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
        long failed = results.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
        if (failed > 0) {
            log.log(Level.WARNING, "{0} of {1} pushes not delivered after retries", failed, results.size());
        }
        // Delivered or not, they are not tried again: the sender already retried what could succeed.
        notices.markSent(batch.stream().map(PendingNotice::id).toList(), clock.instant());
    }
}

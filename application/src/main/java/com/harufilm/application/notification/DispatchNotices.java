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

/**
 * Sends recorded notices to every device of their user, forgets the tokens the push service
 * rejects, and marks each notice sent. A notice whose send was cut short by a crash goes out
 * again with the same collapse key, so a device shows it once.
 */
public final class DispatchNotices {

    private static final System.Logger log = System.getLogger(DispatchNotices.class.getName());
    private static final int BATCH = 100;

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

    /** Sends what is waiting; returns how many notices went out. */
    public int dispatch() {
        int sent = 0;
        for (PendingNotice notice : notices.unsent(BATCH)) {
            List<PushMessage> messages = devices.tokensOf(notice.userId()).stream()
                    .map(token -> new PushMessage(token, notice.title(), notice.body(), notice.data(), notice.dedupeKey()))
                    .toList();
            List<PushResult> results = messages.isEmpty() ? List.of() : sender.send(messages);
            List<String> invalid = results.stream().filter(r -> r.outcome() == Outcome.INVALID_TOKEN).map(PushResult::token).toList();
            if (!invalid.isEmpty()) {
                devices.forget(invalid);
            }
            long failed = results.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
            if (failed > 0) {
                log.log(Level.WARNING, "notice {0}: {1} of {2} devices not reached", notice.dedupeKey(), failed, results.size());
            }
            // Sent or not, it is not tried again: the sender already retried what could succeed.
            notices.markSent(notice.id(), clock.instant());
            sent++;
        }
        return sent;
    }
}

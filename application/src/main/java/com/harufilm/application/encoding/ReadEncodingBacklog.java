package com.harufilm.application.encoding;

import com.harufilm.application.port.out.EncodeQueues;
import com.harufilm.application.port.out.WaitingEncodes;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The encoding pipeline's backlog as an operator watches it: jobs waiting in the queue, how long
 * the longest-waiting video has waited, and what the broker dead-lettered. A reading is kept for
 * {@code maxAge}, so every replica's scrapes and every dashboard do not each ask the broker and the
 * database; a part that cannot be read is empty rather than a failure of the whole reading.
 */
public final class ReadEncodingBacklog {

    private static final System.Logger log = System.getLogger(ReadEncodingBacklog.class.getName());

    /** {@code oldestWaiting} is zero when no video waits. */
    public record Backlog(Optional<EncodeQueues.Depths> queues, Optional<Duration> oldestWaiting) {
    }

    private final EncodeQueues queues;
    private final WaitingEncodes waiting;
    private final Duration maxAge;
    private final Clock clock;
    private @Nullable Backlog last; // guarded by this
    private Instant readAt = Instant.MIN; // guarded by this

    public ReadEncodingBacklog(EncodeQueues queues, WaitingEncodes waiting, Duration maxAge, Clock clock) {
        this.queues = queues;
        this.waiting = waiting;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public synchronized Backlog read() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(readAt.plus(maxAge))) {
            last = new Backlog(readOrEmpty("the encode queues' depths", queues::depths),
                    readOrEmpty("the oldest waiting video", () -> waiting.oldestQueuedAt(now)).map(oldest -> oldest
                            .map(queuedAt -> Duration.between(queuedAt, now)).orElse(Duration.ZERO)));
            readAt = now;
        }
        return last;
    }

    /** The readiness probes report an unreachable broker or database; this only says it could not count. */
    private static <T> Optional<T> readOrEmpty(String what, Supplier<T> reading) {
        try {
            return Optional.of(reading.get());
        } catch (RuntimeException e) {
            log.log(Level.DEBUG, "could not read " + what, e);
            return Optional.empty();
        }
    }
}

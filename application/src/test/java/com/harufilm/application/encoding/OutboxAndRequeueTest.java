package com.harufilm.application.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.outbox.RelayOutbox;
import com.harufilm.application.port.out.Outbox;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import com.harufilm.domain.video.EncodingEvent;
import com.harufilm.domain.video.VideoStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox relay and the stuck-video sweeper: nothing queued is ever lost. */
class OutboxAndRequeueTest {

    private final Encoding encoding = new Encoding();

    /** Messages with their next attempt; sent ones leave. */
    private final class MemoryOutbox implements Outbox {
        final Map<Long, OutboxMessage> waiting = new HashMap<>();
        final Map<Long, Instant> availableAt = new HashMap<>();

        @Override
        public List<OutboxMessage> pending(Instant now, int limit) {
            return waiting.values().stream().filter(m -> !availableAt.get(m.id()).isAfter(now)).limit(limit).toList();
        }

        @Override
        public void markSent(long id, Instant now) {
            waiting.remove(id);
        }

        @Override
        public void retryAt(long id, Instant nextAttempt) {
            OutboxMessage message = waiting.get(id);
            waiting.put(id, new OutboxMessage(id, message.topic(), message.payload(), message.attempts() + 1, message.obsolete()));
            availableAt.put(id, nextAttempt);
        }

        @Override
        public int forgetSentBefore(Instant before, int limit) {
            return 0;
        }

        void add(long id) {
            add(id, false);
        }

        void add(long id, boolean obsolete) {
            waiting.put(id, new OutboxMessage(id, "encoding.requested", "{\"videoId\":" + id + "}", 0, obsolete));
            availableAt.put(id, encoding.clock.instant());
        }
    }

    @Test
    void messagesLeaveTheOutboxOnlyOnceTheBrokerHasThem() {
        var outbox = new MemoryOutbox();
        outbox.add(1);
        outbox.add(2);
        List<String> published = new ArrayList<>();
        boolean[] brokerUp = {false};
        var relay = new RelayOutbox(outbox, (topic, payload) -> {
            if (!brokerUp[0]) {
                throw new DependencyFailure(ErrorCode.MESSAGE_PUBLISH_FAILED, "broker away", null);
            }
            published.add(payload);
        }, encoding.clock);

        assertEquals(0, relay.relay());
        assertEquals(2, outbox.waiting.size());
        assertEquals(0, relay.relay(), "the failed message waits its backoff");

        brokerUp[0] = true;
        encoding.clock.advance(Duration.ofSeconds(1));
        assertEquals(2, relay.relay());
        assertTrue(outbox.waiting.isEmpty());
        assertEquals(2, published.size());
    }

    @Test
    void jobsOfVideosThatAreGoneOrFinishedAreDroppedNotPublished() {
        var outbox = new MemoryOutbox();
        outbox.add(1, true);
        outbox.add(2);
        List<String> published = new ArrayList<>();
        var relay = new RelayOutbox(outbox, (topic, payload) -> published.add(payload), encoding.clock);

        assertEquals(1, relay.relay());

        assertEquals(List.of("{\"videoId\":2}"), published);
        assertTrue(outbox.waiting.isEmpty(), "the dropped message is done with too");
    }

    @Test
    void aVideoIsQueuedAgainOnceItsWorkerStopsReportingForTheHoldTimeAndOnlyOnce() {
        var id = encoding.video.id();
        encoding.apply().apply(new EncodingEvent.Started(id));
        encoding.clock.advance(Duration.ofMinutes(25));
        encoding.apply().apply(new EncodingEvent.Progress(id, 0.5));

        encoding.clock.advance(Duration.ofMinutes(29));
        assertEquals(0, encoding.requeue().requeue(), "reported 29 minutes ago: still held");

        encoding.clock.advance(Duration.ofMinutes(2));
        assertEquals(1, encoding.requeue().requeue());
        assertEquals(0, encoding.requeue().requeue(), "just requeued: its job waits its turn");
        assertEquals(id, encoding.data.jobs.getLast().videoId());
        assertEquals(1, encoding.data.encodingAttempts.attempts.get(id), "the attempt that began was counted once");
    }

    @Test
    void aJobWaitingInALongQueueIsNotQueuedAgainHoweverOld() {
        encoding.clock.advance(Duration.ofHours(5));
        var earlier = encoding.data.videoRepository.insertPending(encoding.owner, LocalDate.of(2026, 11, 20), "s", "p/",
                encoding.clock.instant().minus(Duration.ofHours(6)));
        encoding.apply().apply(new EncodingEvent.Started(earlier.id()));

        assertEquals(0, encoding.requeue().requeue(), "only a job queued before it has begun: the queue has not reached it");
        assertTrue(encoding.data.jobs.isEmpty());
    }

    @Test
    void aJobTheQueueHasMovedPastIsLostQueuedAgainAndCountsAnAttempt() {
        encoding.clock.advance(Duration.ofMinutes(40));
        var later = encoding.data.videoRepository.insertPending(encoding.owner, LocalDate.of(2026, 11, 28), "s", "p/",
                encoding.clock.instant());
        encoding.apply().apply(new EncodingEvent.Started(later.id()));

        assertEquals(1, encoding.requeue().requeue());

        assertEquals(encoding.video.id(), encoding.data.jobs.getLast().videoId());
        assertEquals(1, encoding.data.encodingAttempts.attempts.get(encoding.video.id()));
    }

    @Test
    void aStuckVideoOutOfAttemptsIsFailedInsteadOfQueuedAgain() {
        var id = encoding.video.id();
        for (int attempt = 0; attempt < 3; attempt++) {
            encoding.apply().apply(new EncodingEvent.Started(id));
        }
        encoding.clock.advance(Duration.ofMinutes(31));

        assertEquals(0, encoding.requeue().requeue());
        assertEquals(0, encoding.requeue().requeue());

        assertTrue(encoding.data.jobs.isEmpty());
        assertEquals(VideoStatus.FAILED, encoding.data.videos.get(id).status());
        assertEquals(List.of("ENCODING_FAILED"), encoding.notices.kinds());
    }

    @Test
    void afterARestartOfTheEmbeddedRunEveryUnfinishedVideoIsQueuedAgainAtNoAttemptsCost() {
        var id = encoding.video.id();
        encoding.apply().apply(new EncodingEvent.Started(id));

        assertEquals(1, encoding.requeue().requeueAll());

        assertEquals(id, encoding.data.jobs.getLast().videoId());
        assertEquals(1, encoding.data.encodingAttempts.attempts.get(id));
    }
}

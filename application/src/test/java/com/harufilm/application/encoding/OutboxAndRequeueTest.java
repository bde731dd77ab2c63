package com.harufilm.application.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.Outbox;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.time.Duration;
import java.time.Instant;
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
            waiting.put(id, new OutboxMessage(id, message.topic(), message.payload(), message.attempts() + 1));
            availableAt.put(id, nextAttempt);
        }

        @Override
        public int forgetSentBefore(Instant before, int limit) {
            return 0;
        }

        void add(long id) {
            waiting.put(id, new OutboxMessage(id, "encoding.requested", "{\"videoId\":" + id + "}", 0));
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
    void videosStuckPastTheLimitAreQueuedAgainOnce() {
        var requeue = new RequeueStuckVideos(encoding.data.videoRepository, encoding.data.encodingJobs, encoding.transactions,
                Duration.ofMinutes(30), encoding.clock);

        assertEquals(0, requeue.requeue());
        encoding.clock.advance(Duration.ofMinutes(31));
        assertEquals(1, requeue.requeue());
        assertEquals(0, requeue.requeue(), "just requeued: left alone for another 30 minutes");
        assertEquals(encoding.video.id(), encoding.data.jobs.getLast().videoId());
    }

    @Test
    void afterARestartOfTheEmbeddedRunEveryUnfinishedVideoIsQueuedAgain() {
        var requeue = new RequeueStuckVideos(encoding.data.videoRepository, encoding.data.encodingJobs, encoding.transactions,
                Duration.ofMinutes(30), encoding.clock);

        assertEquals(1, requeue.requeueAll());
    }
}

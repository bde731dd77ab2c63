package com.harufilm.application.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.fakes.MutableClock;
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

/** The outbox relay: nothing queued is ever lost, nothing obsolete is published. */
class RelayOutboxTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));

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
            availableAt.put(id, clock.instant());
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
        }, clock);

        assertEquals(0, relay.relay());
        assertEquals(2, outbox.waiting.size());
        assertEquals(0, relay.relay(), "the failed message waits its backoff");

        brokerUp[0] = true;
        clock.advance(Duration.ofSeconds(1));
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
        var relay = new RelayOutbox(outbox, (topic, payload) -> published.add(payload), clock);

        assertEquals(1, relay.relay());

        assertEquals(List.of("{\"videoId\":2}"), published);
        assertTrue(outbox.waiting.isEmpty(), "the dropped message is done with too");
    }
}

package com.harufilm.application.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.fakes.InMemoryOutbox;
import com.harufilm.application.fakes.MutableClock;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outbox relay: nothing queued is ever lost, nothing obsolete is published. */
class RelayOutboxTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));

    private final InMemoryOutbox outbox = new InMemoryOutbox();

    @Test
    void messagesLeaveTheOutboxOnlyOnceTheBrokerHasThem() {
        job(1);
        job(2);
        List<String> published = new ArrayList<>();
        boolean[] brokerUp = {false};
        var relay = new RelayOutbox(outbox, (topic, payload) -> {
            if (!brokerUp[0]) {
                throw new DependencyFailure(ErrorCode.MESSAGE_PUBLISH_FAILED, "broker away", null);
            }
            published.add(payload);
        }, clock);

        assertEquals(0, relay.relay());
        assertEquals(2, unsent());
        assertEquals(0, relay.relay(), "the failed message waits its backoff");

        brokerUp[0] = true;
        clock.advance(Duration.ofSeconds(1));
        assertEquals(2, relay.relay());
        assertEquals(0, unsent());
        assertEquals(2, published.size());
    }

    @Test
    void jobsOfVideosThatAreGoneOrFinishedAreDroppedNotPublished() {
        outbox.markObsolete(job(1));
        job(2);
        List<String> published = new ArrayList<>();
        var relay = new RelayOutbox(outbox, (topic, payload) -> published.add(payload), clock);

        assertEquals(1, relay.relay());

        assertEquals(List.of("{\"videoId\":2}"), published);
        assertEquals(0, unsent(), "the dropped message is done with too");
    }

    private long job(long videoId) {
        return outbox.write("encoding.requested", "{\"videoId\":" + videoId + "}", clock.instant());
    }

    /** Messages not yet sent, whenever they are due. */
    private int unsent() {
        return outbox.pending(Instant.MAX, 1000).size();
    }
}

package com.harufilm.application.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.encoding.ReadEncodingBacklog.Backlog;
import com.harufilm.application.fakes.MutableClock;
import com.harufilm.application.port.out.EncodeQueues;
import com.harufilm.application.port.out.WaitingEncodes;
import com.harufilm.domain.error.DependencyFailure;
import com.harufilm.domain.error.ErrorCode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadEncodingBacklogTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T11:00:00Z"));
    private EncodeQueues.Depths depths = new EncodeQueues.Depths(7, 1, 0);
    private Optional<Instant> oldest = Optional.of(clock.instant().minusSeconds(90));
    private boolean brokerAway;
    private int asked;

    private final EncodeQueues queues = () -> {
        asked++;
        if (brokerAway) {
            throw new DependencyFailure(ErrorCode.MESSAGE_QUEUE_ERROR, "broker unreachable", new IOException("refused"));
        }
        return depths;
    };
    private final WaitingEncodes waiting = now -> oldest;
    private final ReadEncodingBacklog backlog = new ReadEncodingBacklog(queues, waiting, Duration.ofSeconds(10), clock);

    @Test
    void aReadingIsKeptForItsMaxAgeHoweverOftenItIsAskedFor() {
        Backlog first = backlog.read();
        depths = new EncodeQueues.Depths(3, 1, 0);
        clock.advance(Duration.ofSeconds(9));

        assertEquals(first, backlog.read());
        assertEquals(1, asked);

        clock.advance(Duration.ofSeconds(1));
        assertEquals(new Backlog(Optional.of(depths), Optional.of(Duration.ofSeconds(100))), backlog.read());
        assertEquals(2, asked);
    }

    @Test
    void noWaitingVideoIsAWaitOfZero() {
        oldest = Optional.empty();

        assertEquals(Optional.of(Duration.ZERO), backlog.read().oldestWaiting());
    }

    @Test
    void aBrokerThatCannotBeAskedLeavesTheDepthsUnknownAndTheRestOfTheReading() {
        brokerAway = true;

        assertEquals(new Backlog(Optional.empty(), Optional.of(Duration.ofSeconds(90))), backlog.read());
    }
}

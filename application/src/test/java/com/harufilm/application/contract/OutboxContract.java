package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.Outbox.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outbox as the relay reads it: unsent messages in written order, sent ones gone, failed ones later and counted. */
public abstract class OutboxContract<P extends ContractPorts> extends PortContract<P> {

    @Test
    void pendingMessagesComeInTheOrderTheyWereWrittenOnceAvailable() {
        long first = written(NOW);
        long second = written(NOW.minusSeconds(60));
        long notYet = written(NOW.plusSeconds(60));

        assertEquals(List.of(first, second), pendingAmong(NOW, first, second, notYet));
        assertEquals(List.of(first, second, notYet), pendingAmong(NOW.plusSeconds(60), first, second, notYet));
        assertEquals(new OutboxMessage(first, "test.topic", "{}", 0, false),
                ports.outbox().pending(NOW, 1000).stream().filter(message -> message.id() == first).findFirst().orElseThrow());
    }

    @Test
    void pendingReturnsAtMostTheLimit() {
        written(NOW.minusSeconds(3600));
        written(NOW.minusSeconds(3600));

        assertEquals(1, ports.outbox().pending(NOW, 1).size());
    }

    @Test
    void aSentMessageIsNoLongerPending() {
        long sent = written(NOW);
        long unsent = written(NOW);

        ports.outbox().markSent(sent, NOW);

        assertEquals(List.of(unsent), pendingAmong(NOW, sent, unsent));
        assertSameSecond(NOW, ports.outboxRecords().sentAt(sent).orElseThrow());
    }

    @Test
    void sentMessagesAreForgottenOnceOlderThanAskedUnsentOnesNever() {
        long old = written(NOW);
        long recent = written(NOW);
        long unsent = written(NOW.minus(Duration.ofDays(30)));
        ports.outbox().markSent(old, NOW.minus(Duration.ofDays(8)));
        ports.outbox().markSent(recent, NOW);

        ports.outbox().forgetFinishedBefore(NOW.minus(Duration.ofDays(7)), 1_000);

        assertFalse(ports.outboxRecords().holds(old));
        assertTrue(ports.outboxRecords().holds(recent));
        assertEquals(List.of(unsent), pendingAmong(NOW, unsent));
        assertEquals(0, ports.outbox().forgetFinishedBefore(NOW.minus(Duration.ofDays(7)), 1_000));
    }

    @Test
    void aFailedPublishWaitsUntilItsNextAttemptAndCountsTheAttempt() {
        long id = written(NOW);
        Instant next = NOW.plus(Duration.ofMinutes(2));

        ports.outbox().retryAt(id, next);
        ports.outbox().retryAt(id, next);

        assertEquals(List.of(), pendingAmong(NOW.plus(Duration.ofMinutes(1)), id));
        OutboxMessage later = ports.outbox().pending(next, 1000).stream().filter(message -> message.id() == id).findFirst().orElseThrow();
        assertEquals(2, later.attempts());
    }

    long written(Instant availableAt) {
        return ports.outboxRecords().write("test.topic", "{}", availableAt);
    }

    /** The ids of the given messages that are pending at {@code now}, in the order pending answers them. */
    List<Long> pendingAmong(Instant now, Long... ids) {
        Set<Long> wanted = Set.of(ids);
        return ports.outbox().pending(now, 1000).stream().map(OutboxMessage::id).filter(wanted::contains).toList();
    }
}

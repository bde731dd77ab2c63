package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.port.out.Outbox;
import com.harufilm.application.port.out.Outbox.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outbox as the relay reads it: unsent messages in written order, sent ones gone, failed ones later and counted. */
abstract class OutboxContract extends PersistenceContract {

    Outbox outbox() {
        return adapters.outbox();
    }

    @Test
    void pendingMessagesComeInTheOrderTheyWereWrittenOnceAvailable() {
        long first = written(NOW);
        long second = written(NOW.minusSeconds(60));
        long notYet = written(NOW.plusSeconds(60));

        assertEquals(List.of(first, second), pendingAmong(NOW, first, second, notYet));
        assertEquals(List.of(first, second, notYet), pendingAmong(NOW.plusSeconds(60), first, second, notYet));
        assertEquals(new OutboxMessage(first, "test.topic", "{}", 0, false),
                outbox().pending(NOW, 1000).stream().filter(message -> message.id() == first).findFirst().orElseThrow());
    }

    @Test
    void pendingReturnsAtMostTheLimit() {
        written(NOW.minusSeconds(3600));
        written(NOW.minusSeconds(3600));

        assertEquals(1, outbox().pending(NOW, 1).size());
    }

    @Test
    void aSentMessageIsNoLongerPending() {
        long sent = written(NOW);
        long unsent = written(NOW);

        outbox().markSent(sent, NOW);

        assertEquals(List.of(unsent), pendingAmong(NOW, sent, unsent));
        assertEquals(1, count("SELECT COUNT(*) FROM outbox WHERE id = ? AND sent_at IS NOT NULL", sent));
    }

    @Test
    void sentMessagesAreForgottenOnceOlderThanAskedUnsentOnesNever() {
        long old = written(NOW);
        long recent = written(NOW);
        long unsent = written(NOW.minus(Duration.ofDays(30)));
        outbox().markSent(old, NOW.minus(Duration.ofDays(8)));
        outbox().markSent(recent, NOW);

        outbox().forgetSentBefore(NOW.minus(Duration.ofDays(7)), 1_000);

        assertEquals(0, count("SELECT COUNT(*) FROM outbox WHERE id = ?", old));
        assertEquals(1, count("SELECT COUNT(*) FROM outbox WHERE id = ?", recent));
        assertEquals(List.of(unsent), pendingAmong(NOW, unsent));
        assertEquals(0, outbox().forgetSentBefore(NOW.minus(Duration.ofDays(7)), 1_000));
    }

    @Test
    void aFailedPublishWaitsUntilItsNextAttemptAndCountsTheAttempt() {
        long id = written(NOW);
        Instant next = NOW.plus(Duration.ofMinutes(2));

        outbox().retryAt(id, next);
        outbox().retryAt(id, next);

        assertEquals(List.of(), pendingAmong(NOW.plus(Duration.ofMinutes(1)), id));
        OutboxMessage later = outbox().pending(next, 1000).stream().filter(message -> message.id() == id).findFirst().orElseThrow();
        assertEquals(2, later.attempts());
    }

    /** A message as an adapter writes one in its transaction. */
    long written(Instant availableAt) {
        return adapters.jdbi().withHandle(handle -> handle.createUpdate("""
                        INSERT INTO outbox (topic, payload, attempts, available_at, created_at)
                        VALUES ('test.topic', '{}', 0, :at, :at)""")
                .bind("at", availableAt).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** The ids of the given messages that are pending at {@code now}, in the order pending answers them. */
    List<Long> pendingAmong(Instant now, Long... ids) {
        Set<Long> wanted = Set.of(ids);
        return outbox().pending(now, 1000).stream().map(OutboxMessage::id).filter(wanted::contains).toList();
    }
}

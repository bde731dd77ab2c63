package com.harufilm.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.application.port.out.ObjectDeletions.PendingDeletion;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue of stored objects to remove: due entries in order, done ones gone, failed ones later. */
public abstract class ObjectDeletionsContract<P extends ContractPorts> extends PortContract<P> {

    /** Whether the queue still holds {@code objectPrefix}, due or waiting for its next attempt. */
    protected abstract boolean queued(String objectPrefix);

    @Test
    void queuedPrefixesAreDueOldestFirstAndGoOnceDone() {
        String first = unique("users/1/videos/") + "/";
        String second = unique("users/2/videos/") + "/";
        var deletions = ports.objectDeletions();
        deletions.enqueuePrefix(first, NOW.minusSeconds(60));
        deletions.enqueuePrefix(second, NOW);

        List<PendingDeletion> due = deletions.due(NOW, 100).stream()
                .filter(pending -> pending.objectPrefix().equals(first) || pending.objectPrefix().equals(second)).toList();

        assertEquals(List.of(first, second), due.stream().map(PendingDeletion::objectPrefix).toList());
        deletions.done(due.getFirst().id());
        assertFalse(queued(first));
        assertTrue(queued(second));
    }

    @Test
    void aFailedRemovalWaitsUntilItsNextAttemptAndCountsTheAttempt() {
        String prefix = unique("users/3/") + "/";
        var deletions = ports.objectDeletions();
        deletions.enqueuePrefix(prefix, NOW);
        long id = deletions.due(NOW, 1000).stream().filter(p -> p.objectPrefix().equals(prefix)).findFirst().orElseThrow().id();

        deletions.retryAt(id, NOW.plus(Duration.ofMinutes(2)));

        assertTrue(deletions.due(NOW.plus(Duration.ofMinutes(1)), 1000).stream().noneMatch(p -> p.id() == id));
        PendingDeletion later = deletions.due(NOW.plus(Duration.ofMinutes(2)), 1000).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow();
        assertEquals(1, later.attempts());
    }
}

package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.domain.upload.UploadSession;
import com.harufilm.domain.upload.UploadState;
import com.harufilm.domain.video.VideoId;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The UploadSessions contract on MariaDB, and two completes of one upload queueing on its lock. */
class MariaDbUploadSessionsIT extends JdbiUploadSessionsContract {

    @Override
    protected JdbiPorts openPorts() {
        return JdbiPorts.open(TestDatabase.mariaDb());
    }

    // On MariaDB only: the answer rests on InnoDB row locks, which production has and H2 only imitates.
    @Test
    void aSecondLockOnASessionWaitsUntilTheFirstTransactionCommitsAndThenSeesItsChange() throws Exception {
        UploadSession session = started();
        var firstHoldsIt = new CountDownLatch(1);
        Queue<String> events = new ConcurrentLinkedQueue<>();
        Callable<UploadState> first = () -> ports.transactions().inTransaction(() -> {
            UploadState seen = sessions().lock(session.userId(), session.id()).orElseThrow().state();
            firstHoldsIt.countDown();
            // Long enough that a lock that did not wait would be taken well before this commits.
            Concurrently.sleep(300);
            sessions().markCompleted(session.userId(), session.id(), new VideoId(7), NOW);
            events.add("first commits");
            return seen;
        });
        Callable<UploadState> second = () -> {
            Concurrently.await(firstHoldsIt);
            return ports.transactions().inTransaction(() -> {
                UploadState seen = sessions().lock(session.userId(), session.id()).orElseThrow().state();
                events.add("second holds the lock");
                return seen;
            });
        };

        List<UploadState> seen = Concurrently.run(List.of(first, second));

        assertEquals(List.of("first commits", "second holds the lock"), List.copyOf(events));
        assertEquals(List.of(UploadState.ACTIVE, UploadState.COMPLETED), seen);
    }
}

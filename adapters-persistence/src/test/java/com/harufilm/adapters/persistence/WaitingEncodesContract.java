package com.harufilm.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harufilm.application.contract.VideoContract;
import com.harufilm.domain.user.UserId;
import com.harufilm.domain.video.Video;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What WaitingEncodes promises, on a database's videos rows (one test: the oldest wait is over the class's whole database). */
abstract class WaitingEncodesContract extends VideoContract<JdbiPorts> {

    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    private Optional<Instant> oldestQueuedAt() {
        return ports.adapters.waitingEncodes().oldestQueuedAt(T);
    }

    @Test
    void theOldestWaitIsTheEarliestQueuedJobOfAnUnfinishedVideoNoWorkerHolds() {
        assertEquals(Optional.empty(), oldestQueuedAt(), "nothing waits");
        UserId user = newUser().id();
        Video failed = pending(user, DAY, T.minusSeconds(300));
        encodingState().markFailed(failed.id(), "not a video", T);
        Video held = pending(user, DAY.plusDays(1), T.minusSeconds(200));
        encodingState().markEncoding(held.id(), T);
        ports.encodingAttempts().begin(held.id(), T.plusSeconds(600));
        pending(user, DAY.plusDays(2), T.plusSeconds(60));

        assertEquals(Optional.of(T.plusSeconds(60)), oldestQueuedAt(), "a finished video or one a worker holds does not wait");
        assertEquals(Optional.of(T.minusSeconds(200)), ports.adapters.waitingEncodes().oldestQueuedAt(T.plusSeconds(601)),
                "a hold that ran out is a dead worker's: the video waits again, from when its job was queued");

        ports.encodingAttempts().requeued(held.id(), 1, T.plusSeconds(30));
        assertEquals(Optional.of(T.plusSeconds(30)), oldestQueuedAt(), "a job queued again waits from then");
    }
}

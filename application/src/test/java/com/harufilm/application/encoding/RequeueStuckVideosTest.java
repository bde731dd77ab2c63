package com.harufilm.application.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harufilm.domain.video.EncodingEvent;
import com.harufilm.domain.video.VideoStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stuck-video sweeper: a video whose work was lost is queued again, or failed at the attempt limit. */
class RequeueStuckVideosTest {

    private final Encoding encoding = new Encoding();

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
        var earlier = encoding.data.videos.insertPending(encoding.owner, LocalDate.of(2026, 11, 20), "s", "p/",
                encoding.clock.instant().minus(Duration.ofHours(6)));
        encoding.apply().apply(new EncodingEvent.Started(earlier.id()));

        assertEquals(0, encoding.requeue().requeue(), "only a job queued before it has begun: the queue has not reached it");
        assertTrue(encoding.data.jobs.isEmpty());
    }

    @Test
    void aJobTheQueueHasMovedPastIsLostQueuedAgainAndCountsAnAttempt() {
        encoding.clock.advance(Duration.ofMinutes(40));
        var later = encoding.data.videos.insertPending(encoding.owner, LocalDate.of(2026, 11, 28), "s", "p/",
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
        assertEquals(VideoStatus.FAILED, encoding.data.videos.rows.get(id).status());
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
